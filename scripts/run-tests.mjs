#!/usr/bin/env node
/**
 * Runs every vitest suite and ends with the totals CI reads: one plain line "N passed, N failed".
 * Unit and integration run first, the browser suite after them, so frame-rate and timing figures are not taken
 * while two Neo4j instances compete for the machine's two cores. vitest's own summaries stay above for people.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const extra = process.argv.slice(2);
const stages = [
  ['--project', 'unit', '--project', 'integration'],
  ['--project', 'e2e'],
];

let passed = 0;
let failed = 0;
for (const [i, projects] of stages.entries()) {
  const report = join(mkdtempSync(join(tmpdir(), 'g60-vitest-')), `report-${i}.json`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
    { stdio: 'inherit' },
  );
  let stageFailed = 0;
  if (existsSync(report)) {
    const data = JSON.parse(readFileSync(report, 'utf8'));
    passed += data.numPassedTests ?? 0;
    stageFailed = data.numFailedTests ?? 0;
    // A file that failed to load has no assertions: count it, so a broken suite never reads as "0 failed".
    for (const file of data.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) stageFailed += 1;
    }
  }
  // No report, or a failure vitest did not count (a crashed global setup): never print "0 failed".
  if (run.status !== 0 && stageFailed === 0) stageFailed = 1;
  failed += stageFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
