/**
 * `npm run bench [-- --scale S|M|L|XL] [--iterations N] [--json FILE] [--only NAME,…] [--load 100,200,300,…]
 * [--load-seconds N] [--burst] [--browser [N]]`: latency of the API on the synthetic corridor (M by default), each case through GraphQL over
 * HTTP beside the same work through the raw driver, in the same run (run.ts, cases.ts); then, with --load, the
 * mixed load run at those arrival rates (load.ts); with --burst, light queries during a burst of cold analyses
 * with and without the analyses' gate (burst.ts); with --browser, the overview and the dashboard in Chromium, medians
 * of N page loads (browser.ts).
 *
 * The local Neo4j for benchmarks keeps its data in neo4j/bench-<scale> (BENCH_DATA_DIR), bulk-loaded once through
 * Neo4j's offline importer when the folder is empty (seed/syntheticLoad.ts); NEO4J_URI points it elsewhere, where
 * the corridor is loaded online (S to L). Figures are p50/p95/p99 in ms, and the ratio GraphQL / raw at p50.
 * BENCH_PROFILE_DIR=dir has the server under test write a CPU profile there (node --cpu-prof).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SCALES, type Scale } from '@g60/seeds/synthetic';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { loadEnv } from '../src/env.js';
import { hasDatabase } from '../src/import/bulk/bulkLoad.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { projectRoot } from '../src/paths.js';
import { bulkLoadSynthetic } from '../src/seed/syntheticLoad.js';
import { runBench, type BenchReport } from './run.js';
import { backfillSearchKeys } from '../src/modules/search/index.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    iterations: { type: 'string', default: '30' },
    json: { type: 'string' },
    only: { type: 'string' },
    load: { type: 'string' },
    'load-seconds': { type: 'string', default: '10' },
    burst: { type: 'boolean', default: false },
    browser: { type: 'string' },
  },
});
const scale = values.scale?.toUpperCase() as Scale;
if (!(scale in SCALES)) throw new Error(`--scale: one of ${Object.keys(SCALES).join(', ')}, not "${values.scale}"`);
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000) {
  throw new Error(`--iterations: an integer from 1 to 10000, not "${values.iterations}"`);
}
function numbers(flag: string, list: string): number[] {
  const out = list.split(',').map(Number);
  if (out.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000)) {
    throw new Error(`${flag}: comma-separated integers from 1 to 100000, not "${list}"`);
  }
  return out;
}
const env = loadEnv();
const XL_PAGECACHE_MIB = 12_288;

let local: LocalNeo4j | undefined;
let uri = env.NEO4J_URI;
let auth: { user?: string; password?: string } = { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD };
let loaded: NonNullable<BenchReport['load']> | undefined;
if (!uri) {
  const homeDir = process.env.BENCH_DATA_DIR ?? join(projectRoot, 'neo4j', `bench-${scale}`);
  const port = env.NEO4J_BOLT_PORT === 7687 ? 7697 : env.NEO4J_BOLT_PORT;
  if (!hasDatabase(homeDir)) {
    console.error(`Bulk-loading the synthetic corridor ${scale} into ${homeDir} (once)…`);
    const started = performance.now();
    const result = await bulkLoadSynthetic(
      { ...env, NEO4J_DATA_DIR: homeDir, NEO4J_BOLT_PORT: port },
      {
        scale,
        seed: 60,
        out: join(projectRoot, 'seeds', 'synthetic', 'out', `${scale}-60`),
        log: (l) => console.error(l),
      },
    );
    if (!result.load) throw new Error(`the synthetic corridor did not load: ${JSON.stringify(result.errors[0])}`);
    const ms = performance.now() - started;
    const rows = result.load.nodes + result.load.relationships;
    loaded = {
      how: 'bulk',
      ms: Math.round(ms),
      rows,
      rowsPerSecond: Math.round((rows / ms) * 1000),
      relationshipsPerSecond: result.load.relationshipsPerSecond,
    };
    console.error(`Loaded ${rows} nodes and relationships in ${(ms / 1000).toFixed(1)} s`);
  }
  local = await startLocalNeo4j({
    port,
    homeDir,
    heapMiB: env.NEO4J_HEAP,
    // XL's store (~9 GB) would page through the default 4 GB cache: the bench gives it room unless told otherwise.
    pageCacheMiB: scale === 'XL' && !process.env.NEO4J_PAGECACHE ? XL_PAGECACHE_MIB : env.NEO4J_PAGECACHE,
    log: (l) => console.error(l),
  });
  uri = local.uri;
  auth = local.auth;
}
const driver = createDriver({ uri, ...auth });
const executor = new Executor(driver, { database: env.NEO4J_DATABASE, timeoutMs: 120_000 });
try {
  await migrate(executor);
  // As `npm start` does: a store loaded before search keys existed gets them once.
  await backfillSearchKeys(executor, (line) => console.log(line));
  console.log(`\nG60 Chain Explorer bench — scale ${scale}, ${iterations} iterations, ${new Date().toISOString()}`);
  const report = await runBench({
    scale,
    iterations,
    executor,
    driver,
    neo4j: { uri, ...auth, database: env.NEO4J_DATABASE },
    only: values.only?.split(','),
    loaded,
    load: values.load ? { rates: numbers('--load', values.load), seconds: Number(values['load-seconds']) } : undefined,
    burst: values.burst,
    browser: values.browser === undefined ? undefined : numbers('--browser', values.browser || '5')[0],
    log: (line) => console.log(line),
  });
  console.log('\nraw baselines:');
  for (const c of report.cases) console.log(`  ${c.name}: ${c.baseline}`);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`JSON: ${values.json}`);
  }
} finally {
  await driver.close();
  await local?.stop();
}
