import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { busiestSupplier } from './api';
import { sharedBrowser, nodeIds, open, waitForGraph } from './browser';

const browser = sharedBrowser();
let start: string;
beforeAll(async () => {
  start = await busiestSupplier();
});

const nodes = (page: Page) =>
  page.evaluate(() =>
    (window as any).__cy.nodes().map((n: any) => ({ id: n.id(), tier: n.data('tier'), cityId: n.data('cityId') })),
  ) as Promise<{ id: string; tier: number; cityId: string }[]>;

describe('trace', () => {
  it('traces downstream three tiers inside one city, laid out left to right by tier', async () => {
    const page = await open(browser(), `/?focus=${encodeURIComponent(start)}`);
    await waitForGraph(page, 2);
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-direction').selectOption('DOWNSTREAM');
    await page.getByTestId('trace-depth').fill('3');
    const city = await page.evaluate((id) => (window as any).__cy.getElementById(id).data('cityId'), start);
    await page.getByTestId('trace-cities').locator(`input[value="${city}"]`).check();
    await page.getByTestId('trace-run').click();
    await page.waitForFunction(() => (window as any).__cy.nodes().every((n: any) => n.data('tier') !== null));
    await waitForGraph(page, 2);
    const drawn = await nodes(page);
    expect(drawn.length).toBeGreaterThan(1);
    expect(new Set(drawn.map((n) => n.cityId))).toEqual(new Set([city]));
    expect(drawn.find((n) => n.id === start)?.tier).toBe(0);
    expect(Math.max(...drawn.map((n) => n.tier))).toBeLessThanOrEqual(3);
    expect(Math.min(...drawn.map((n) => n.tier))).toBe(0);
    // Tiers layout: x grows with the tier.
    const xs = await page.evaluate(() =>
      (window as any).__cy.nodes().map((n: any) => [n.data('tier'), n.position('x')]),
    );
    for (const [tier, x] of xs as [number, number][]) expect(Math.round(x)).toBe(tier * 260);
    expect(page.url()).toMatch(/mode=trace.*dir=DOWNSTREAM.*depth=3.*cities=/);
  });

  it('restores a shared trace view from its link alone', async () => {
    const link = `/?mode=trace&focus=${encodeURIComponent(start)}&dir=BOTH&depth=2`;
    const first = await open(browser(), link);
    await waitForGraph(first, 2);
    const a = (await nodeIds(first)).sort();
    const second = await open(browser(), new URL(first.url()).pathname + new URL(first.url()).search);
    await waitForGraph(second, 2);
    expect((await nodeIds(second)).sort()).toEqual(a);
    await expect(second.getByTestId('trace-direction').inputValue()).resolves.toBe('BOTH');
  });

  it('exports the view as PNG and the visible data as CSV', async () => {
    const page = await open(browser(), `/?mode=trace&focus=${encodeURIComponent(start)}&dir=DOWNSTREAM&depth=1`);
    await waitForGraph(page, 2);
    const count = (await nodeIds(page)).length;
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cmd-exportPng').click()]);
    expect(png.suggestedFilename()).toMatch(/^g60-.*\.png$/);
    const pngBytes = await streamBytes(await png.createReadStream());
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cmd-exportCsv').click()]);
    const bytes = await streamBytes(await csv.createReadStream());
    // A UTF-8 byte-order mark first, so spreadsheet programs read the Chinese names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('type,id,kind,label,labelEn,cityId,synthetic,tier,source,target');
    expect(lines.filter((l) => l.startsWith('node,'))).toHaveLength(count);
    expect(text).toContain(start);
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
