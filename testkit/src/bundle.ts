/**
 * The JavaScript a first visit loads before anything else — index.html's entry script and its module preloads —
 * with its gzip size: what the browser test checks and the bench reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialScripts(webDist: string): { files: string[]; gzipBytes: number; text: string } {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => (m[1] ?? m[2]) as string);
  const texts = files.map((f) => readFileSync(join(webDist, f)));
  const gzipBytes = texts.reduce((n, t) => n + gzipSync(t, { level: 9 }).length, 0);
  return { files, gzipBytes, text: texts.map((t) => t.toString('utf8')).join('\n') };
}
