/**
 * Debian's Chromium through playwright-core (a test tool's own browser download does not work here).
 */
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromium'), args: inject('chromiumArgs') });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    return browser;
  };
}

/**
 * A fresh page of the app. `bypassCSP` lets a test inject its own instruments (the bare Cytoscape baseline); the
 * app itself always runs under its Content-Security-Policy.
 */
export async function open(browser: Browser, path = '/', options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(baseUrl() + path);
  return page;
}

/** Ids of the nodes Cytoscape draws. */
export const nodeIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cy: Core }).__cy.nodes().map((n) => n.id()));

/** Waits until the graph has at least `n` nodes and no load or layout is running. */
export async function waitForGraph(page: Page, n = 2): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const cy = (window as unknown as { __cy?: Core }).__cy;
      return !!cy && cy.nodes().length >= min && !document.querySelector('[data-testid=busy]');
    },
    n,
    { timeout: 30_000 },
  );
}

/** Selects a node as a tap would. */
export const tapNode = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    (window as unknown as { __cy: Core }).__cy.getElementById(nodeId).emit('tap');
  }, id);
