/**
 * The target list (招商清单) page on corridor S: reached from the overview's city drill-down, its segments and
 * candidates, the Excel download read back with exceljs (sheet names, headers, first rows), and a print to A4.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { open, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('target list', () => {
  it('opens from a city of the overview, and lists its thin segments with ranked candidates', async () => {
    const page = await open(browser(), '/?city=city%3Ahefei');
    await page.getByTestId('city-drill').locator('[data-testid=drill-targets]').first().click();
    await page.getByTestId('target-segment').first().waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('mode=targets');
    expect(page.url()).toContain('city=city%3Ahefei');
    await expect(page.locator('.targets h2').textContent()).resolves.toMatch(/^合肥 · .+ 招商清单$/);
  });

  it('downloads the same list as Excel: a summary, a sheet per segment, Chinese headers, the same first rows', async () => {
    const page = await open(browser(), '/?mode=targets&city=city%3Ahefei&industry=industry%3Anev');
    const sections = page.getByTestId('target-segment');
    await sections.first().waitFor({ timeout: 60_000 });
    const headings = (await sections.locator('h3').allTextContents()).map((h) =>
      h.replace(/ (本地缺口|单一来源|走廊缺失)$/, ''),
    );
    const firstWithCandidates = sections.filter({ has: page.locator('tbody tr') }).first();
    const segmentOnPage = ((await firstWithCandidates.locator('h3').textContent()) ?? '').split(' ')[0];
    const firstRow = await firstWithCandidates.locator('tbody tr').first().locator('td').allTextContents();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('targets-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('target-list-hefei-nev.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', ...headings]);
    const summary = book.getWorksheet('汇总');
    expect((summary?.getRow(3).values as unknown[]).slice(1)).toEqual([
      '产业链环节',
      '状态',
      '本市企业数',
      '走廊企业数',
      '候选企业数',
      '首选候选',
    ]);
    const sheet = book.getWorksheet(segmentOnPage);
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      '排名',
      '企业名称',
      '统一社会信用代码',
      '所在城市',
    ]);
    // Rank, name, city and score as the page shows them.
    const row = sheet?.getRow(2);
    expect([row?.getCell(1).value, row?.getCell(4).value, String(row?.getCell(5).value)]).toEqual([
      1,
      firstRow[2],
      firstRow[3],
    ]);
    expect(firstRow[1]).toContain(String(row?.getCell(2).value));
  });

  it('prints to A4 without the page’s controls, in either language', async () => {
    const page = await open(browser(), '/?mode=targets&city=city%3Ahefei&industry=industry%3Anev&lang=en');
    await page.getByTestId('target-segment').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('.targets h2').textContent()).resolves.toMatch(/^Hefei · .+ target list$/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByTestId('targets-xlsx').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // A4 is 595 × 842 points.
    const box = /MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
  });
});
