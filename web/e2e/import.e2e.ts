import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '@g60/graph-schema';
import { baseUrl, open, sharedBrowser } from './browser';

const browser = sharedBrowser();
const code = (first17: string) => `${first17}${usccCheckCharacter(first17)}`;
const mistyped = (valid: string) => `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;

/** A registry whose name column has a header the import does not know, and one row with a mistyped code. */
async function registry(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('企业名录').addRows([
    ['单位全称', '统一社会信用代码', '注册地址', '国民经济行业代码'],
    ['嘉兴页面导入电池有限公司', code('91330402MA2D00001'), '浙江省嘉兴市南湖区', '3841'],
    ['页面导入外地有限公司', code('91320106MA2D00002'), '江苏省南京市鼓楼区', '3841'],
    ['页面导入错码公司', mistyped(code('91330402MA2D00003')), '浙江省嘉兴市', '3841'],
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'g60-e2e-import-')), '名录.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

describe('registry import page', () => {
  it('uploads, maps a column, previews the problems, imports with the rest, and gives the report', async () => {
    const page = await open(browser(), '/?mode=import');
    await page.getByTestId('import-view').waitFor();
    await page.getByTestId('import-key').fill(inject('adminToken'));
    await page.getByTestId('import-file').setInputFiles(await registry());
    await page.getByTestId('import-upload').click();

    // Nothing names the company: the sheet is not read until the mapping says which column does.
    await page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-rejected').textContent()).resolves.toContain(
      'no column for the company name',
    );
    await page.getByTestId('map-name').selectOption('单位全称');
    await page.getByTestId('import-repreview').click();
    const rejected = page.getByTestId('import-rejected');
    await rejected.getByText('企业名录:4').waitFor({ timeout: 30_000 });
    expect(await rejected.locator('tbody tr').count()).toBe(1);
    await expect(page.getByTestId('import-unplaced').textContent()).resolves.toContain('江苏省南京市鼓楼区');
    expect(await page.getByTestId('map-uscc').inputValue()).toBe('统一社会信用代码');

    // Rows with problems block the import until the editor chooses to skip them.
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-skip').check();
    await page.getByTestId('import-commit').click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toMatch(/新建 \d+，更新 0，未变 0，未归类 1，拒绝 1/);

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report').click()]);
    const csv = readFileSync((await report.path()) as string, 'utf8');
    expect(report.suggestedFilename()).toBe('名录.xlsx.report.csv');
    expect(csv).toContain('rejected,企业名录:4,统一社会信用代码');
    expect(csv).toContain('unplaced,企业名录:3');

    // The company outside the corridor's cities is placed by hand.
    const row = page.getByTestId('assign-unplaced').locator('tr', { hasText: '页面导入外地有限公司' });
    await row.getByRole('combobox').first().selectOption('city:jiaxing');
    await row.getByRole('button').click();
    await row.getByRole('button', { name: '已归类' }).waitFor({ timeout: 30_000 });
    const placed = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { company(id: $id) { city { id } } }',
        variables: { id: `company:${code('91320106MA2D00002').toLowerCase()}` },
      }),
    });
    expect(((await placed.json()) as { data: { company: { city: { id: string } } } }).data.company.city.id).toBe(
      'city:jiaxing',
    );

    // The imported company is found the way people type it.
    await page.goto(page.url().replace('mode=import', 'mode=explore'));
    await page.getByTestId('search-input').fill('jxymdrdc');
    await page.getByTestId('search-results').getByText('嘉兴页面导入电池有限公司').waitFor({ timeout: 30_000 });
  }, 120_000);
});
