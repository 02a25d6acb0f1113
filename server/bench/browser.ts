/**
 * `npm run bench -- --browser`: the overview and the dashboard in Debian's Chromium against the server under test
 * over the bench's corridor — how soon the overview is drawn after navigation, its frame rate beside bare
 * Cytoscape with the same elements in the same page (testkit/src/frameRate.ts), drill-down steps in the panel, how
 * soon the dashboard's charts are drawn, and the JavaScript the first page loads (gzip). Medians of `runs`
 * navigations, each in a fresh browser context (nothing cached).
 */
import { addBareCytoscape, initialScripts, launchChromium, panZoomFps } from '@g60/testkit';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';

export interface BrowserReport {
  initialJsGzipBytes: number;
  initialJsFiles: string[];
  overviewDrawnMs: number[];
  flowDrawnMs: number[];
  dashboardDrawnMs: number[];
  drillCityMs: number[];
  drillSegmentMs: number[];
  frameRates: { view: string; elements: number; app: number; bare: number; ratio: number }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function fresh(browser: Browser, url: string, bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Milliseconds from navigation start until the overview's first frame with the answer drawn. */
async function overviewDrawn(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid=overview-canvas][data-drawn]', { timeout: 120_000 });
  // Runs in the page (the bench is compiled without DOM types).
  return page.evaluate(() => Math.round((globalThis as { __overviewDrawnAt?: number }).__overviewDrawnAt ?? NaN));
}

export async function runBrowserBench(
  base: string,
  webDist: string,
  runs: number,
  log: (line: string) => void,
): Promise<BrowserReport> {
  const browser = await launchChromium();
  try {
    const initial = initialScripts(webDist);
    log(`\nbrowser (Chromium, software rendering; medians of ${runs} fresh page loads)`);
    log(`  initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip in ${initial.files.length} files`);
    // One untimed load, to the end: the server's code and caches warm (and the aggregates computed if a write
    // before moved them), as a running server's are.
    const warm = await fresh(browser, `${base}/`);
    await overviewDrawn(warm);
    await warm.context().close();

    const timed = async (url: string, drawn: (p: Page) => Promise<number>) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await fresh(browser, url);
        out.push(await drawn(page));
        await page.context().close();
      }
      return out;
    };
    const overviewDrawnMs = await timed(`${base}/`, overviewDrawn);
    log(`  overview drawn after navigation: ${median(overviewDrawnMs)} ms (${overviewDrawnMs.join(', ')})`);
    const flowDrawnMs = await timed(`${base}/?industry=industry%3Anev`, overviewDrawn);
    log(`  an industry's flow drawn:        ${median(flowDrawnMs)} ms (${flowDrawnMs.join(', ')})`);
    const dashboardDrawnMs = await timed(`${base}/?mode=indicators`, async (page) => {
      for (const name of ['table', 'trend', 'ranking', 'composition']) {
        await page.waitForSelector(`[data-testid=chart-${name}] [data-drawn]`, { timeout: 120_000 });
      }
      return page.evaluate(() => Math.round(performance.now()));
    });
    log(`  dashboard's charts drawn:        ${median(dashboardDrawnMs)} ms (${dashboardDrawnMs.join(', ')})`);

    // Drill-down in the panel: a city's segments, then a segment's companies (requests and rendering).
    const drillCityMs: number[] = [];
    const drillSegmentMs: number[] = [];
    const cities = ['city:hefei', 'city:suzhou', 'city:hangzhou', 'city:jiaxing', 'city:wuhu'];
    for (let i = 0; i < runs; i++) {
      const page = await fresh(browser, `${base}/`);
      await overviewDrawn(page);
      let started = Date.now();
      // A block body: returning the collection would have Playwright serialise Cytoscape's whole object graph.
      await page.evaluate(
        (id) => {
          (globalThis as unknown as { __overviewCy: Core }).__overviewCy.getElementById(`city|${id}`).emit('tap');
        },
        cities[i % 5] as string,
      );
      await page.getByTestId('city-drill').waitFor();
      drillCityMs.push(Date.now() - started);
      started = Date.now();
      // The first segment the city has companies in (a bar of zero is a local gap).
      const segment = page
        .getByTestId('city-drill')
        .locator('li')
        .filter({ hasNot: page.locator('[data-zero=true]') })
        .first();
      await segment.getByTestId('drill-segment').click();
      await page.getByTestId('segment-companies').locator('li').first().waitFor();
      drillSegmentMs.push(Date.now() - started);
      await page.context().close();
    }
    log(
      `  drill: city → its segments:      ${median(drillCityMs)} ms; segment → companies ${median(drillSegmentMs)} ms`,
    );

    const frameRates: BrowserReport['frameRates'] = [];
    for (const [view, url] of [
      ['cities', `${base}/`],
      ['NEV flow', `${base}/?industry=industry%3Anev`],
    ] as const) {
      const page = await fresh(browser, url, true);
      await overviewDrawn(page);
      await page.waitForTimeout(500);
      const app = await panZoomFps(page, '__overviewCy');
      const elements = await addBareCytoscape(page, '__overviewCy');
      const bare = await panZoomFps(page, '__bare');
      frameRates.push({ view, elements, app, bare, ratio: app / bare });
      log(
        `  pan/zoom ${view} (${elements} elements): app ${app.toFixed(1)} fps, bare Cytoscape ${bare.toFixed(1)} fps ` +
          `(ratio ${(app / bare).toFixed(2)})`,
      );
      await page.context().close();
    }
    return {
      initialJsGzipBytes: initial.gzipBytes,
      initialJsFiles: initial.files,
      overviewDrawnMs,
      flowDrawnMs,
      dashboardDrawnMs,
      drillCityMs,
      drillSegmentMs,
      frameRates,
    };
  } finally {
    await browser.close();
  }
}
