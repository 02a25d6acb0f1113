/**
 * The indicators dashboard in Debian's Chromium, on the hand-built graph of server/test/overviewFixture.ts served
 * by the real server over the integration suite's Neo4j: every number the charts draw is asserted against values
 * worked out by hand (see the fixture and overview.int.test.ts), then the exports and the language switch.
 * Here, with the server's integration tests, because it needs a graph of its own (the e2e stack holds corridor S).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../paths.js';
import { stageApp } from '../../../test/app.js';
import { launchChromium } from '@g60/testkit';
import { overviewFixture } from '../../../test/overviewFixture.js';

const webDist = mkdtempSync(join(tmpdir(), 'g60-dashboard-web-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await build({
    root: join(projectRoot, 'web'),
    logLevel: 'warn',
    build: { outDir: webDist, emptyOutDir: true, sourcemap: false },
  });
}, 240_000);
const stage = stageApp(overviewFixture, () => ({ webDist }));
afterAll(async () => {
  await browser?.close();
  rmSync(webDist, { recursive: true, force: true });
});

interface ChartOption {
  xAxis: { data?: string[] }[];
  yAxis: { data?: string[] }[];
  series: { name?: string; data: (number | { value: number | number[]; raw?: number })[] }[];
}

const option = (page: Page, name: string) =>
  page.evaluate((n) => {
    // Runs in the page; the server's type settings know no DOM.
    const charts = (globalThis as unknown as { __charts: Record<string, { getOption(): unknown }> }).__charts;
    const chart = charts[n];
    return JSON.parse(JSON.stringify(chart?.getOption() ?? null)) as unknown;
  }, name) as Promise<ChartOption>;

async function openDashboard(lang = 'zh'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${stage.app.base}/?mode=indicators${lang === 'en' ? '&lang=en' : ''}`);
  for (const name of ['table', 'trend', 'ranking', 'composition']) {
    await page.locator(`[data-testid=chart-${name}] [data-drawn]`).waitFor({ timeout: 60_000 });
  }
  return page;
}

async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('indicators dashboard on a hand-built graph', () => {
  it('draws the city × indicator table with the numbers worked out by hand', async () => {
    const page = await openDashboard();
    const table = await option(page, 'table');
    expect(table.yAxis[0]?.data).toEqual(['甲城', '乙城', '丙城']);
    expect(table.xAxis[0]?.data?.slice(0, 4)).toEqual(['企业数', '供应关系', '跨城协作关系', '协作占比']);
    // Raw values by [column, row]: columns in TABLE_INDICATORS order, rows X, Y, Z.
    const raw = new Map(
      (table.series[0]?.data as { value: number[]; raw: number }[]).map((d) => [`${d.value[0]},${d.value[1]}`, d.raw]),
    );
    const row = (y: number) => Array.from({ length: 11 }, (_, x) => raw.get(`${x},${y}`));
    // companies, supplyLinks, crossCityLinks, collaborationShare, corridorLinks, outsideLinks, chainCompleteness,
    // singleSourceSegments, alliances, parks, projects
    expect(row(0)).toEqual([5, 10, 7, 0.7, 9, 1, 0.6667, 1, 1, 1, 0]);
    expect(row(1)).toEqual([3, 5, 5, 1, 5, 0, 0.5, 0, 0, 0, 1]);
    expect(row(2)).toEqual([3, 4, 4, 1, 4, 0, 0.5, 1, 0, 0, 1]);
    // The cell shows the value as people read it.
    await expect(page.getByTestId('chart-table').textContent()).resolves.toContain('城市 × 指标');
  });

  it('draws the trend, the ranking and the industry mix', async () => {
    const page = await openDashboard();
    await page.getByTestId('trend-indicator').selectOption('supplyLinks');
    await expect
      .poll(async () => (await option(page, 'trend')).series.map((s) => [s.name, (s.data as number[]).slice(-3)]))
      .toEqual([
        // X: b3→c2 (2018), c2→o1 (2020); Y: b3→c2 (2018), d1→d2 (2019); Z: d1→d2 (2019).
        ['甲城', [1, 1, 2]],
        ['乙城', [1, 2, 2]],
        ['丙城', [0, 1, 1]],
      ]);
    // By collaboration share: Y and Z (all their links cross), then X (7 of 10).
    const ranking = await option(page, 'ranking');
    expect(ranking.yAxis[0]?.data).toEqual(['乙城', '丙城', '甲城']);
    expect(ranking.series[0]?.data.map((d) => (d as { value: number }).value)).toEqual([1, 1, 0.7]);
    await page.getByTestId('ranking-indicator').selectOption('companies');
    await expect.poll(async () => (await option(page, 'ranking')).yAxis[0]?.data).toEqual(['甲城', '乙城', '丙城']);
    const mix = await option(page, 'composition');
    expect(mix.series.map((s) => [s.name, s.data])).toEqual([['测试产业', [5, 3, 3]]]);
  });

  it('exports a chart as PNG and its data as CSV', async () => {
    const page = await openDashboard();
    const png = await downloaded(page, 'png-table');
    expect(png.name).toBe('table.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5_000);
    const csv = await downloaded(page, 'csv-table');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      '城市,企业数,供应关系,跨城协作关系,协作占比,走廊内关系,走廊外关系,产业链完整度,单一来源环节,产业联盟,园区,跨区域项目',
    );
    expect(lines.slice(1)).toEqual([
      '甲城,5,10,7,0.7,9,1,0.6667,1,1,1,0',
      '乙城,3,5,5,1,5,0,0.5,0,0,0,1',
      '丙城,3,4,4,1,4,0,0.5,1,0,0,1',
    ]);
    const ranking = await downloaded(page, 'csv-ranking');
    expect(
      ranking.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual(['#,城市,协作占比', '1,乙城,1', '2,丙城,1', '3,甲城,0.7']);
  });

  it('speaks English after the switch, charts and exports alike', async () => {
    const page = await openDashboard();
    await page.getByTestId('lang-toggle').click();
    await expect.poll(async () => (await option(page, 'table')).xAxis[0]?.data?.[0]).toBe('Companies');
    await expect(page.locator('.indicators h2').textContent()).resolves.toBe(
      'Innovation, collaboration and sharing indicators',
    );
    const csv = await downloaded(page, 'csv-table');
    expect(
      csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\n')[0],
    ).toMatch(/^City,Companies,Supply links,/);
  });
});
