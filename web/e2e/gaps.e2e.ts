import { describe, expect, it } from 'vitest';
import { sharedBrowser, open } from './browser';

const browser = sharedBrowser();

describe('gaps', () => {
  it('opens the coverage heatmap of an industry and lists candidates for a gap cell', async () => {
    const page = await open(browser());
    await page.getByTestId('tab-gaps').click();
    await page.getByTestId('industry-select').selectOption('industry:nev');
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor({ timeout: 30_000 });
    expect(await heatmap.locator('tbody tr').count()).toBe(11);
    await expect(heatmap.locator('tbody tr').first().locator('th').textContent()).resolves.toBe('1. 锂资源');
    const gap = heatmap.locator('td[data-status=LOCAL_GAP]').first();
    const title = await gap.getAttribute('title');
    expect(title).toMatch(/: 0 \(本地缺口\)$/);
    await gap.click();
    const list = page.getByTestId('cell-list');
    await list.locator('li').first().waitFor({ timeout: 30_000 });
    await expect(list.locator('h4').textContent()).resolves.toContain('可补链企业');
    expect(await list.locator('li').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('industry=industry%3Anev');
    // The city-pair matrix and the resilience list are there too.
    expect(await page.getByTestId('pair-matrix').locator('tbody tr').count()).toBe(9);
    await page.getByTestId('cut-list').waitFor();
  });
});
