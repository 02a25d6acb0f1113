/**
 * Scale on the app's own path: a real trace answer (every company the busiest supplier of synthetic corridor S
 * reaches, with their supply links) fetched, turned into elements and drawn by the app, then panned and zoomed for three seconds with frames counted by
 * requestAnimationFrame, against bare Cytoscape with the same elements in the same page (testkit/src/frameRate.ts), so the check
 * says what the app's styling and React add, whatever the machine.
 */
import { addBareCytoscape, panZoomFps } from '@g60/testkit';
import type { Core } from 'cytoscape';
import { expect, it } from 'vitest';
import { busiestSupplier } from './api';
import { sharedBrowser, open, waitForGraph } from './browser';

const browser = sharedBrowser();

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
  const app = await panZoomFps(page, '__cy');

  await addBareCytoscape(page, '__cy');
  const bare = await panZoomFps(page, '__bare');
  const ratio = app / bare;
  console.log(
    `pan/zoom with ${drawn.nodes} nodes / ${drawn.edges} edges: app ${app.toFixed(1)} fps, ` +
      `bare Cytoscape ${bare.toFixed(1)} fps (ratio ${ratio.toFixed(2)})`,
  );
  // The app may spend on labels and styles, not on redrawing everything every frame: at least half of bare.
  expect(ratio).toBeGreaterThan(0.5);
});
