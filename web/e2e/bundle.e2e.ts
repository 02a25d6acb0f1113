/**
 * The first page stays small: the built app's initial JavaScript under 120 KB gzip, with Cytoscape, ECharts and
 * every mode's code left to lazy chunks (the build is the one the browser tests run).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { initialScripts } from './bundle';

it('loads under 120 KB of JavaScript (gzip) before the first paint, without the canvas or chart libraries', () => {
  const initial = initialScripts(join(import.meta.dirname, '..', 'dist'));
  console.log(`initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip in ${initial.files.join(', ')}`);
  expect(initial.files.length).toBeGreaterThan(0);
  expect(initial.gzipBytes).toBeLessThan(120 * 1024);
  // The chunks that must come later (Vite names a chunk after its module).
  expect(initial.files.filter((f) => /cytoscape|echarts|zrender|Canvas|Overview|Indicators/i.test(f))).toEqual([]);
  // ECharts' renderer (zrender) leaves its name in its code; it must not be in the first load.
  expect(initial.text).not.toMatch(/zrender/i);
});
