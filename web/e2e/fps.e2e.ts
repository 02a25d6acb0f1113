/**
 * Scale on the app's own path: a real trace answer (every company the busiest supplier of synthetic corridor S
 * reaches, with their supply links) fetched, turned into elements and drawn by the app, then panned and zoomed for three seconds with frames counted by
 * requestAnimationFrame. The baseline is bare Cytoscape (its own default style, nothing of the app) drawing the
 * same elements at the same positions in the same page and the same run, so the check says what the app's
 * styling and React add, whatever the machine. Headless Chromium renders in software here: absolute figures are
 * a floor, not a desktop measurement.
 */
import { createRequire } from 'node:module';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { busiestSupplier } from './api';
import { sharedBrowser, open, waitForGraph } from './browser';

const browser = sharedBrowser();

/** Pans and zooms `window[name]` for three seconds; frames per second. */
const measure = (page: Page, name: '__cy' | '__bare') =>
  page.evaluate(async (key) => {
    const cy = (window as unknown as Record<string, Core>)[key]!;
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
  }, name);

it('draws a real trace of thousands of links through the app and pans it at a frame rate close to bare Cytoscape', async () => {
  const start = await busiestSupplier();
  const page = await open(browser(), `/?mode=trace&focus=${encodeURIComponent(start)}&dir=BOTH&depth=6`, {
    bypassCSP: true,
  });
  await waitForGraph(page, 2);
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: Core }).__cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  // The whole supply network the busiest NEV supplier reaches in corridor S: hundreds of companies, thousands of links.
  expect(drawn.nodes).toBeGreaterThanOrEqual(500);
  expect(drawn.edges).toBeGreaterThanOrEqual(2000);
  const app = await measure(page, '__cy');

  // Bare Cytoscape from the package's own browser build, over the app's canvas, with the app's elements.
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js') });
  await page.evaluate(() => {
    const w = window as unknown as { __cy: Core; __bare: Core; cytoscape: (o: object) => Core };
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:1000';
    document.body.append(box);
    const elements = w.__cy.elements().map((e) => ({
      group: e.group(),
      data: { id: e.id(), ...(e.isEdge() ? { source: e.source().id(), target: e.target().id() } : {}) },
      ...(e.isNode() ? { position: { ...e.position() } } : {}),
    }));
    w.__bare = w.cytoscape({ container: box, elements, layout: { name: 'preset' } });
    w.__bare.fit();
  });
  await page.waitForTimeout(500);
  const bare = await measure(page, '__bare');
  const ratio = app / bare;
  console.log(
    `pan/zoom with ${drawn.nodes} nodes / ${drawn.edges} edges: app ${app.toFixed(1)} fps, ` +
      `bare Cytoscape ${bare.toFixed(1)} fps (ratio ${ratio.toFixed(2)})`,
  );
  // The app may spend on labels and styles, not on redrawing everything every frame: at least half of bare.
  expect(ratio).toBeGreaterThan(0.5);
});
