/**
 * The first page stays small: the built app's initial JavaScript under 120 KB gzip, with Cytoscape, ECharts and
 * every mode's code left to lazy chunks. Built here as `npm run build` builds it: the test runner's NODE_ENV=test
 * would otherwise give React's development build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialScripts } from '@g60/testkit';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'g60-bundle-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('loads under 120 KB of JavaScript (gzip) before the first paint, without the canvas or chart libraries', async () => {
  await build({
    root: join(import.meta.dirname, '..'),
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const initial = initialScripts(outDir);
  console.log(`initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip in ${initial.files.join(', ')}`);
  expect(initial.files.length).toBeGreaterThan(0);
  expect(initial.gzipBytes).toBeLessThan(120 * 1024);
  // The chunks that must come later (Vite names a chunk after its module).
  expect(initial.files.filter((f) => /cytoscape|echarts|zrender|Canvas|Overview|Indicators/i.test(f))).toEqual([]);
  // ECharts' renderer (zrender) leaves its name in its code; it must not be in the first load.
  expect(initial.text).not.toMatch(/zrender/i);
});
