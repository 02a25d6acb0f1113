import { describe, expect, it } from 'vitest';
import { sharedBrowser, nodeIds, open, tapNode, waitForGraph } from './browser';

const browser = sharedBrowser();

describe('explore', () => {
  it('searches in Chinese, picks a result and draws its neighbourhood with sources', async () => {
    const started = Date.now();
    const page = await open(browser(), '/?mode=explore');
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('search-input').fill('东磁');
    const first = page.getByTestId('search-results').getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('横店集团东磁股份有限公司');
    await page.keyboard.press('Enter');
    await waitForGraph(page, 3);
    console.log(`search → pick → neighbourhood drawn in ${Date.now() - started} ms`);
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['company:hengdian-dmegc', 'city:jinhua', 'alliance:new-materials']));
    const details = page.getByTestId('details-panel');
    await expect(details.locator('h2').textContent()).resolves.toBe('横店集团东磁股份有限公司');
    await expect(details.getByTestId('sources').textContent()).resolves.toContain('G60科创走廊将进入国家战略');
    expect(page.url()).toContain('focus=company%3Ahengdian-dmegc');
  });

  it('expands a node, undo takes the expansion back, and a new change drops the redo', async () => {
    const page = await open(browser(), '/?focus=company%3Ahengdian-dmegc');
    await waitForGraph(page, 3);
    const before = (await nodeIds(page)).length;
    await tapNode(page, 'city:jinhua');
    await page.getByTestId('details-panel').locator('h2', { hasText: '金华' }).waitFor();
    await page.keyboard.press('e');
    await page.waitForFunction((n) => (window as any).__cy.nodes().length > n, before);
    const after = await nodeIds(page);
    expect(after).toEqual(expect.arrayContaining(['company:innuovo', 'company:kaiwen-magnet']));
    await page.getByTestId('cmd-undo').click();
    await page.waitForFunction((n) => (window as any).__cy.nodes().length === n, before);
    expect(await nodeIds(page)).toHaveLength(before);
    // Redo is offered until a new change is made; after one, the undone expansion is gone for good.
    await expect(page.getByTestId('cmd-redo').isEnabled()).resolves.toBe(true);
    await tapNode(page, 'city:jinhua');
    await page.keyboard.press('h');
    await page.waitForFunction(() => (window as any).__cy.getElementById('city:jinhua').empty());
    await expect(page.getByTestId('cmd-redo').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Control+Shift+Z');
    expect(await nodeIds(page)).not.toContain('company:innuovo');
  });

  it('clears the canvas to start over, and undo brings the graph back', async () => {
    const page = await open(browser(), '/?focus=city%3Ajinhua');
    await waitForGraph(page, 2);
    const before = (await nodeIds(page)).length;
    await page.getByTestId('cmd-clear').click();
    await page.getByTestId('empty-state').waitFor();
    expect(await nodeIds(page)).toEqual([]);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((n) => (window as any).__cy.nodes().length === n, before);
  });

  it('shows the ranked supplier-gap candidates of a company with their reasons', async () => {
    const page = await open(browser(), '/?focus=company%3Ahengdian-dmegc');
    await waitForGraph(page, 3);
    const gaps = page.getByTestId('supplier-gaps');
    const list = gaps.getByTestId('candidates').first();
    await list.waitFor({ timeout: 30_000 });
    const text = await gaps.textContent();
    expect(text).toContain('稀土与矿产资源 → 磁性材料');
    expect(await list.locator(':scope > li').count()).toBeGreaterThan(0);
    expect(await list.locator('.reasons').first().textContent()).toMatch(/同城|相距约|已有/);
  });

  it('filters dated entities with the timeline to show how the corridor grew', async () => {
    const page = await open(browser(), '/?focus=city%3Asongjiang');
    await waitForGraph(page, 3);
    const all = await nodeIds(page);
    expect(all).toEqual(expect.arrayContaining(['agreement:hujiahang-g60-2017', 'project:songjiang-body-welding']));
    const slider = page.getByTestId('timeline').locator('input[type=range]');
    await slider.fill('2017');
    await page.waitForFunction(() => !(window as any).__cy.getElementById('project:songjiang-body-welding').nonempty());
    const ids = await nodeIds(page);
    expect(ids).toContain('agreement:hujiahang-g60-2017');
    expect(ids).toContain('city:songjiang');
    expect(ids.length).toBeLessThan(all.length);
  });

  it('switches the whole interface to English and back', async () => {
    const page = await open(browser(), '/?focus=city%3Ajinhua');
    await waitForGraph(page, 2);
    await page.getByTestId('lang-toggle').click();
    await expect(page.locator('header h1').textContent()).resolves.toBe('G60 Chain Explorer');
    await expect(page.getByTestId('tab-trace').textContent()).resolves.toBe('Trace');
    expect(page.url()).toContain('lang=en');
    const label = await page.evaluate(() => (window as any).__cy.getElementById('city:jinhua').data('label'));
    expect(label).toBe('Jinhua');
    await page.getByTestId('lang-toggle').click();
    await expect(page.locator('header h1').textContent()).resolves.toBe('G60 产业链图谱');
  });

  it('words the details and the gap reasons in English too, names included', async () => {
    const page = await open(browser(), '/?focus=company%3Ahengdian-dmegc&lang=en');
    await waitForGraph(page, 3);
    const details = page.getByTestId('details-panel');
    await expect(details.locator('h2').textContent()).resolves.toBe('Hengdian Group DMEGC Magnetics');
    await details.getByTestId('candidates').first().waitFor({ timeout: 30_000 });
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('(chair)');
    expect(text).not.toMatch(/理事长|同城|相距约|已有/);
    expect(text).toMatch(/same city|km away|already works with/);
  });
});
