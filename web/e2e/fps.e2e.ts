/**
 * Scale: a 2,000-node / 5,000-edge view in Chromium, panned and zoomed for three seconds; frames counted with
 * requestAnimationFrame, beside the same motion over the small view the page started with (a baseline from the
 * same run, so the check does not depend on how busy the machine is). Headless Chromium renders in software
 * here: the absolute figures are a floor, not a desktop measurement.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, open } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

it('keeps a 2,000-node / 5,000-edge view interactive while panning and zooming, against the small view as baseline', async () => {
  const page = await open(browser);
  await page.waitForFunction(() => !!(window as any).__cy || !!document.querySelector('[data-testid=empty-state]'));
  // Load the canvas (lazy) by drawing something first.
  await page.getByTestId('search-input').fill('金华');
  await page.getByTestId('search-results').getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as any).__cy?.nodes().length > 1);
  const { small, big } = await page.evaluate(async () => {
    const cy = (window as any).__cy;
    const measure = async () => {
      let frames = 0;
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const tick = (now: number) => {
          frames++;
          const t = (now - start) / 1000;
          cy.panBy({ x: Math.sin(t * 3) * 12, y: Math.cos(t * 2) * 8 });
          cy.zoom({ level: cy.zoom() * (1 + Math.sin(t * 4) * 0.01), renderedPosition: { x: 600, y: 400 } });
          if (now - start < 3000) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      return frames / ((performance.now() - start) / 1000);
    };
    const smallFps = await measure();
    const colors = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];
    const els: any[] = [];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      els.push({
        group: 'nodes',
        data: { id: `n${i}`, label: `企业${i}`, color: colors[i % 9] },
        classes: 'company synthetic',
        position: { x: rnd() * 4000, y: rnd() * 3000 },
      });
    }
    for (let i = 0; i < 5000; i++) {
      els.push({
        group: 'edges',
        data: { id: `e${i}`, source: `n${Math.floor(rnd() * 2000)}`, target: `n${Math.floor(rnd() * 2000)}` },
        classes: 'supplies fast',
      });
    }
    cy.elements().remove();
    cy.add(els);
    cy.fit();
    await new Promise((r) => setTimeout(r, 500));
    const bigFps = await measure();
    return { small: smallFps, big: bigFps, elements: cy.elements().length };
  });
  console.log(
    `pan/zoom: ${big.toFixed(1)} fps with 2,000 nodes / 5,000 edges, ${small.toFixed(1)} fps with the small view ` +
      `(ratio ${(big / small).toFixed(2)})`,
  );
  // Interactive, not frozen: at least a twentieth of the small view's frame rate in the same run.
  expect(big / small).toBeGreaterThan(0.05);
});
