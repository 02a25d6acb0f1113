/**
 * `npm run seed:synthetic` as a user runs it: through scripts/built.mjs, from the server's production bundle
 * (built first when stale). The bundle lives in server/dist, so anything found relative to a module's own file
 * breaks there and not under tsx; this runs the real command and checks its export against the generator.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FILES, generateCorridor, toJsonLines } from '@g60/seeds/synthetic';
import { expect, it } from 'vitest';
import { projectRoot } from '../paths.js';

it('writes the export of the generator from the built command, with SHA256SUMS', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'g60-synthetic-cli-')), 'S-60');
  const run = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts', 'built.mjs'), 'synthetic', '--scale', 'S', '--no-load', '--out', out],
    { cwd: projectRoot, encoding: 'utf8', timeout: 240_000 },
  );
  expect(run.stderr + run.stdout).toMatch(/Generated scale S, seed 60: \d+ records/);
  expect(run.status).toBe(0);
  const lines = toJsonLines(generateCorridor('S', 60));
  const sums = EXPORT_FILES.map((f) => `${createHash('sha256').update(lines[f]).digest('hex')}  ${f}.jsonl\n`).join('');
  expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toBe(sums);
}, 300_000);

it('says XL loads only in bulk', () => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'built.mjs'), 'synthetic', '--scale', 'XL'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--scale XL loads only with --bulk/);
}, 300_000);
