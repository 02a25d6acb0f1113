/**
 * The overview, the landing view, on the curated set and synthetic corridor S: the nine cities at their
 * coordinates with the links between them, an industry's chain as a flow, the drill-down to the explorer, the
 * semantic zoom and the language switch. Numbers on the canvas are compared with the API's own answer.
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api } from './api';
import { open, sharedBrowser, waitForGraph } from './browser';

const browser = sharedBrowser();

const MEMBERS = [
  'city:songjiang',
  'city:jiaxing',
  'city:hangzhou',
  'city:jinhua',
  'city:suzhou',
  'city:huzhou',
  'city:xuancheng',
  'city:wuhu',
  'city:hefei',
];

type Cy = { __overviewCy: Core };

/** Waits until the canvas has drawn an answer with at least `min` elements (a new answer redraws it). */
async function drawn(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=overview-canvas]')?.getAttribute('data-drawn') ?? 0) >= n,
    min,
    { timeout: 60_000 },
  );
}

const level = (page: Page) => page.getByTestId('overview-canvas').getAttribute('data-level');

/** Zooms in `factor` times, centred on a node, once the node is drawn (segments come in after a zoom's frame). */
const zoomOn = async (page: Page, id: string, factor: number) => {
  await page.waitForFunction((nodeId) => (window as unknown as Cy).__overviewCy.getElementById(nodeId).nonempty(), id);
  await page.evaluate(
    ([nodeId, f]) => {
      const cy = (window as unknown as Cy).__overviewCy;
      const node = cy.getElementById(nodeId as string);
      cy.zoom({ level: cy.zoom() * (f as number), position: node.position() });
      cy.center(node);
    },
    [id, factor] as const,
  );
};

describe('overview', () => {
  it('lands on the corridor: the nine cities at their coordinates and the links between cities', async () => {
    const started = Date.now();
    const page = await open(browser());
    await drawn(page, 9);
    console.log(`overview of S drawn ${Date.now() - started} ms after navigation`);
    const canvas = await page.evaluate(() => {
      const cy = (window as unknown as Cy).__overviewCy;
      return {
        cities: cy.nodes('node.city').map((n) => ({ id: n.data('cityId') as string, ...n.position() })),
        links: cy.edges('edge.link').map((e) => ({
          from: e.source().data('cityId') as string,
          to: e.target().data('cityId') as string,
          links: e.data('links') as number,
        })),
      };
    });
    const at = (id: string) => canvas.cities.find((c) => c.id === id) as { x: number; y: number };
    expect(canvas.cities.map((c) => c.id)).toEqual(expect.arrayContaining(MEMBERS));
    // Hefei lies west of Songjiang; Jinhua south of Huzhou.
    expect(at('city:hefei').x).toBeLessThan(at('city:songjiang').x);
    expect(at('city:jinhua').y).toBeGreaterThan(at('city:huzhou').y);
    const answer = await api<{
      corridorOverview: { links: { from: { id: string }; to: { id: string }; links: number }[] };
    }>('{ corridorOverview { links { from { id } to { id } links } } }');
    const expected = answer.corridorOverview.links.map((l) => ({ from: l.from.id, to: l.to.id, links: l.links }));
    expect(expected.length).toBeGreaterThan(50);
    expect(canvas.links.sort((a, b) => b.links - a.links)).toEqual(
      expected.filter((l) => canvas.cities.some((c) => c.id === l.from) && canvas.cities.some((c) => c.id === l.to)),
    );
    expect(canvas.links.every((l) => l.from !== l.to)).toBe(true);
    await page.getByTestId('overview-legend').waitFor();
    await page.getByTestId('top-pairs').locator('li').first().waitFor();
  });

  it('turns into an industry’s flow, segment by segment left to right, and counts only links since a year', async () => {
    const page = await open(browser());
    await drawn(page, 9);
    const before = await page.getByTestId('overview-summary').textContent();
    await page.getByTestId('overview-industry').selectOption('industry:nev');
    await page.waitForFunction(() => (window as unknown as Cy).__overviewCy?.nodes('node.cell').length > 0);
    expect(page.url()).toContain('industry=industry%3Anev');
    const columns = await page.evaluate(() =>
      (window as unknown as Cy).__overviewCy
        .nodes('node.header')
        .filter((n) => n.id().startsWith('col|'))
        .map((n) => ({ id: n.id().slice(4), x: (n as unknown as { position(): { x: number } }).position().x })),
    );
    const chain = await api<{ industry: { segments: { id: string }[] } }>(
      '{ industry(id: "industry:nev") { segments { id } } }',
    );
    // Columns in the chain's order, upstream (锂资源) at the left.
    expect(columns.sort((a, b) => a.x - b.x).map((c) => c.id)).toEqual(chain.industry.segments.map((s) => s.id));
    const flows = await page.evaluate(() => (window as unknown as Cy).__overviewCy.edges('edge.flow').length);
    expect(flows).toBeGreaterThan(100);
    const nev = await page.getByTestId('overview-summary').textContent();
    expect(nev).not.toBe(before);

    await page.getByTestId('overview-since').selectOption('2020');
    await expect.poll(() => page.url()).toContain('since=2020');
    await expect.poll(() => page.getByTestId('overview-summary').textContent()).not.toBe(nev);
  });

  it('drills down city → segment → company, and opens the company in the explorer', async () => {
    const page = await open(browser());
    await drawn(page, 9);
    // A block body: returning the collection would have Playwright serialise Cytoscape's whole object graph.
    await page.evaluate(() => {
      (window as unknown as Cy).__overviewCy.getElementById('city|city:hefei').emit('tap');
    });
    const drill = page.getByTestId('city-drill');
    await expect(drill.locator('h3').textContent()).resolves.toContain('合肥');
    expect(page.url()).toContain('city=city%3Ahefei');
    // The first segment with companies (a bar of zero is a local gap).
    const segment = drill
      .locator('li')
      .filter({ hasNot: page.locator('[data-zero=true]') })
      .first();
    await segment.getByTestId('drill-segment').click();
    const list = page.getByTestId('segment-companies');
    await list.locator('li').first().waitFor();
    expect(page.url()).toMatch(/segment=segment%3A/);
    await expect(list.locator('h3').textContent()).resolves.toMatch(/^合肥 · .+：[\d,]+ 家企业$/);
    const name = (await list.locator('li button').first().textContent()) as string;
    await list.locator('li button').first().click();
    await waitForGraph(page, 2);
    expect(page.url()).toMatch(/focus=company%3A/);
    await expect(page.getByTestId('details-panel').locator('h2').textContent()).resolves.toBe(name);
  });

  it('zooms semantically: into a city’s segments, then a segment’s companies, never drawing thousands', async () => {
    const page = await open(browser());
    await drawn(page, 9);
    expect(await level(page)).toBe('0');
    await zoomOn(page, 'city|city:hangzhou', 4);
    await expect.poll(() => level(page)).toBe('1');
    const segments = await page.evaluate(() =>
      (window as unknown as Cy).__overviewCy
        .nodes('node.segment')
        .map((n) => ({ id: n.id(), city: n.data('cityId') as string })),
    );
    expect(segments.filter((s) => s.city === 'city:hangzhou').length).toBeGreaterThan(10);
    await zoomOn(page, segments.find((s) => s.city === 'city:hangzhou')?.id as string, 4);
    await expect.poll(() => level(page)).toBe('2');
    await page.waitForFunction(() => (window as unknown as Cy).__overviewCy.nodes('node.company').length > 0);
    const counts = await page.evaluate(() => {
      const cy = (window as unknown as Cy).__overviewCy;
      return { companies: cy.nodes('node.company').length, all: cy.elements().length };
    });
    expect(counts.companies).toBeLessThanOrEqual(30);
    expect(counts.all).toBeLessThan(3000);
    await expect(page.getByTestId('overview-level').textContent()).resolves.toContain('企业');
    // Back out: the companies and segments go again.
    await page.evaluate(() => {
      (window as unknown as Cy).__overviewCy.fit(undefined, 40);
    });
    await expect.poll(() => level(page)).toBe('0');
    expect(await page.evaluate(() => (window as unknown as Cy).__overviewCy.nodes('node.segment').length)).toBe(0);
    // Double-clicking a company opens it in the explorer.
    await zoomOn(page, 'city|city:hangzhou', 4);
    await zoomOn(page, segments.find((s) => s.city === 'city:hangzhou')?.id as string, 4);
    await page.waitForFunction(() => (window as unknown as Cy).__overviewCy.nodes('node.company').length > 0);
    const company = await page.evaluate(() => {
      const n = (window as unknown as Cy).__overviewCy.nodes('node.company').first();
      n.emit('dbltap');
      return n.data('companyId') as string;
    });
    await waitForGraph(page, 2);
    expect(page.url()).toContain(`focus=${encodeURIComponent(company)}`);
  });

  it('switches language: tabs, panel and city names on the canvas', async () => {
    const page = await open(browser());
    await drawn(page, 9);
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('tab-overview').textContent()).resolves.toBe('Overview');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as Cy).__overviewCy.getElementById('city|city:hefei').data('label')),
      )
      .toMatch(/^Hefei\n/);
    await expect(page.getByTestId('top-pairs').locator('h3').textContent()).resolves.toBe(
      'City pairs with the most links',
    );
    expect(page.url()).toContain('lang=en');
  });
});
