/**
 * What-if scenarios in the browser: built from the canvas' context menu, the changed cells outlined beside the real
 * heatmap, saved with an editor's key, shared by link and opened in a fresh page.
 */
import type { Core } from 'cytoscape';
import { describe, expect, inject, it } from 'vitest';
import { open, sharedBrowser, waitForGraph } from './browser';

const browser = sharedBrowser();
const COMPANY = 'company:hengdian-dmegc';

describe('what-if scenarios', () => {
  it('builds a scenario from the context menu, shows the changed cells, shares it and opens it in a fresh page', async () => {
    const page = await open(browser(), `/?focus=${encodeURIComponent(COMPANY)}`);
    await waitForGraph(page, 3);
    await page.evaluate((id) => {
      (window as unknown as { __cy: Core }).__cy.getElementById(id).emit('cxttap');
    }, COMPANY);
    await page.getByTestId('context-menu').waitFor();
    await page.getByTestId('menu-whatIfRemove').click();

    // The gaps mode of the company's chain: the real heatmap beside the scenario's, the changed cells outlined.
    const scenario = page.getByTestId('scenario-heatmap');
    await scenario.waitFor({ timeout: 60_000 });
    expect(page.url()).toMatch(/mode=gaps.*industry=industry%3A/);
    await expect(page.getByTestId('before-after').locator('table').count()).resolves.toBe(2);
    const changed = scenario.locator('td.changed');
    const count = await changed.count();
    expect(count).toBeGreaterThan(0);
    // The company's own cell lost one company; its tooltip says what it is now on the real graph.
    expect(await changed.first().getAttribute('title')).toMatch(/现状：\d+/);
    await expect(page.getByTestId('scenario-changes').locator('li').textContent()).resolves.toMatch(/^迁出 横店/);
    await expect(page.getByTestId('scenario-summary').textContent()).resolves.toMatch(/变化格子 \d+/);
    // On the canvas the company is marked as removed, with its legend entry.
    const marked = await page.evaluate(
      (id) => (window as unknown as { __cy: Core }).__cy.getElementById(id).hasClass('whatif-removed'),
      COMPANY,
    );
    expect(marked).toBe(true);
    await page.getByTestId('legend-whatif-removed').waitFor();
    // Another company of the chain (a covered cell of its most downstream segment, which has suppliers): its
    // supplier gaps as the scenario has them.
    await scenario.locator('tbody tr').last().locator('td[data-status=COVERED]').first().click();
    await page.getByTestId('cell-list').locator('li button').first().click();
    await page.getByTestId('gaps-in-scenario').waitFor({ timeout: 30_000 });
    await page.getByTestId('supplier-gaps').locator('.gap-segment').first().waitFor({ timeout: 30_000 });

    await page.getByTestId('scenario-name').fill('横店东磁迁出');
    await page.getByTestId('scenario-key').fill(inject('adminToken'));
    await page.getByTestId('scenario-save').click();
    await page.waitForURL(/scenario=scenario%3A[a-z0-9]+/, { timeout: 30_000 });
    const link = page.url();

    // A fresh page (a colleague with the link, no key): the same scenario and the same changed cells.
    const fresh = await open(browser(), link.slice(link.indexOf('/?')));
    const again = fresh.getByTestId('scenario-heatmap');
    await again.waitFor({ timeout: 60_000 });
    await expect(fresh.getByTestId('scenario-name').inputValue()).resolves.toBe('横店东磁迁出');
    await expect(fresh.getByTestId('scenario-changes').locator('li').textContent()).resolves.toMatch(/^迁出 横店/);
    await fresh.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=scenario-heatmap] td.changed').length === n,
      count,
    );
  });
});
