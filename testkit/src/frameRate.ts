/**
 * Frame rates in the browser, for the browser tests and the bench alike (server/bench/browser.ts): a canvas panned
 * and zoomed for three seconds with frames counted by requestAnimationFrame, and the baseline beside it — bare
 * Cytoscape (its own default style, nothing of the app) drawing the same elements at the same positions in the same
 * page. Headless Chromium renders in software here: absolute figures are a floor, not a desktop measurement.
 */
import { createRequire } from 'node:module';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

/** What the page functions use of the browser: this file is also compiled where no DOM types exist (the bench). */
interface PageGlobals {
  requestAnimationFrame(callback: (now: number) => void): number;
  document: {
    createElement(tag: 'div'): { style: { cssText: string } };
    body: { append(node: unknown): void };
  };
  cytoscape(options: object): Core;
}

/**
 * tsx (the bench) compiles with esbuild's keepNames, which wraps named functions in a `__name` helper that does not
 * exist in the page: define it there first (as text, so nothing of it is compiled).
 */
const defineNameHelper = (page: Page) => page.evaluate('globalThis.__name ??= (f) => f');

/** Pans and zooms the Cytoscape instance at `window[name]` for three seconds; frames per second. */
export const panZoomFps = async (page: Page, name: string) => {
  await defineNameHelper(page);
  return page.evaluate(async (key) => {
    const g = globalThis as unknown as PageGlobals & Record<string, Core>;
    const cy = g[key]!;
    const box = cy.container()?.getBoundingClientRect() ?? { width: 1200, height: 800 };
    const centre = { x: box.width / 2, y: box.height / 2 };
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        frames++;
        const t = (now - start) / 1000;
        cy.panBy({ x: Math.sin(t * 3) * 12, y: Math.cos(t * 2) * 8 });
        cy.zoom({ level: cy.zoom() * (1 + Math.sin(t * 4) * 0.01), renderedPosition: centre });
        if (now - start < 3000) g.requestAnimationFrame(tick);
        else resolve();
      };
      g.requestAnimationFrame(tick);
    });
    return frames / ((performance.now() - start) / 1000);
  }, name);
};

/**
 * Bare Cytoscape from the package's own browser build, over the whole page, with the elements of the instance at
 * `window[from]`, as `window.__bare`. The page must have been opened with its CSP bypassed to take the script.
 */
export async function addBareCytoscape(page: Page, from: string): Promise<number> {
  await defineNameHelper(page);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js') });
  const count = await page.evaluate((key) => {
    const w = globalThis as unknown as PageGlobals & Record<string, Core>;
    const box = w.document.createElement('div');
    box.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:1000';
    w.document.body.append(box);
    const elements = w[key]!.elements().map((e) => ({
      group: e.group(),
      data: { id: e.id(), ...(e.isEdge() ? { source: e.source().id(), target: e.target().id() } : {}) },
      ...(e.isNode() ? { position: { ...e.position() } } : {}),
    }));
    w.__bare = w.cytoscape({ container: box, elements, layout: { name: 'preset' } });
    w.__bare.fit();
    return elements.length;
  }, from);
  await page.waitForTimeout(500);
  return count;
}
