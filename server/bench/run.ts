/**
 * The bench's body, apart from where its Neo4j comes from: load the synthetic corridor when the database does not
 * hold it, serve the real HTTP app on loopback in its own process (serve.ts), and time every case through GraphQL
 * beside the same work through the raw driver. bench.ts runs it from the command line; bench.int.test.ts runs scale S inside `npm test`.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_FILES, generateCorridor, SCALES, type Scale } from '@g60/seeds/synthetic';
import type { Driver } from 'neo4j-driver';
import type { DriverOptions } from '../src/db/driver.js';
import type { Executor } from '../src/db/executor.js';
import { ImportStore } from '../src/import/import.store.js';
import { importRecords } from '../src/import/importer.js';
import { CURATED_DIR, loadCurated } from '../src/seed/loadSeed.js';
import { benchCases, pickInputs } from './cases.js';
import { bumpRevisions, touchedIds } from '../src/revisions/index.js';
import { runBrowserBench, type BrowserReport } from './browser.js';
import { runBurst, type BurstReport } from './burst.js';
import { build } from 'vite';
import { projectRoot } from '../src/paths.js';
import { runLoad, type LoadReport } from './load.js';
import { measure, type Stats } from './stats.js';

export interface BenchOptions {
  scale: Scale;
  iterations: number;
  executor: Executor;
  driver: Driver;
  /** Where the server under test (serve.ts, its own process) finds Neo4j. */
  neo4j: DriverOptions & { database?: string };
  /** Only the cases whose names contain one of these. */
  only?: string[];
  /** How the corridor was loaded before the run, when bench.ts bulk-loaded it into an empty store. */
  loaded?: NonNullable<BenchReport['load']>;
  /** The load run after the cases (load.ts): these arrival rates in turn, each held this many seconds. */
  load?: { rates: number[]; seconds: number };
  /** The burst run after the cases (burst.ts). */
  burst?: boolean;
  /** The browser run after the cases (browser.ts): this many page loads per figure. */
  browser?: number;
  log?: (line: string) => void;
}

export interface CaseResult {
  name: string;
  graphql: Stats;
  raw: Stats;
  /** GraphQL p50 / raw p50. */
  ratio: number;
  /** The same lookup through the Neo4j GraphQL Library, for the partner lookups. */
  library?: Stats;
  /** This project's p50 / the library's p50. */
  vsLibrary?: number;
  /** What the raw side runs. */
  baseline: string;
}

export interface BenchReport {
  scale: Scale;
  iterations: number;
  startedAt: string;
  companies: number;
  supplies: number;
  /** How the corridor got into the database in this run, if it did. */
  load: {
    how: 'online' | 'bulk';
    ms: number;
    rows: number;
    rowsPerSecond: number;
    /** Bulk: the importer alone, relationships per second. */
    relationshipsPerSecond?: number;
  } | null;
  cases: CaseResult[];
  loadRun: LoadReport | null;
  burstRun: BurstReport | null;
  browserRun: BrowserReport | null;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const { executor, driver, scale } = options;
  const startedAt = new Date().toISOString();

  const { records } = await driver.executeQuery('MATCH (c:Company) WHERE c.synthetic RETURN count(c) AS n');
  let load: BenchReport['load'] = options.loaded ?? null;
  if ((records[0]?.get('n') as number) !== SCALES[scale].companies) {
    if (scale === 'XL') throw new Error('XL loads only in bulk, into an empty local store: unset NEO4J_URI');
    log(`Loading the synthetic corridor ${scale} online (once for this database)…`);
    const corridor = generateCorridor(scale, 60, CURATED_DIR);
    const started = performance.now();
    let rows = 0;
    const imports = new ImportStore(executor);
    await loadCurated(imports);
    for (const file of EXPORT_FILES) {
      const raw = corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> }));
      const summary = await importRecords(imports, raw);
      if (!summary.written) throw new Error(`synthetic ${file} did not load: ${JSON.stringify(summary.errors[0])}`);
      rows += raw.length;
    }
    const ms = performance.now() - started;
    load = { how: 'online', ms: Math.round(ms), rows, rowsPerSecond: Math.round((rows / ms) * 1000) };
    log(`Loaded ${rows} rows in ${(ms / 1000).toFixed(1)} s (${load.rowsPerSecond} rows/s).`);
  }
  const size = await driver.executeQuery(
    'MATCH (c:Company) WITH count(c) AS companies MATCH ()-[s:SUPPLIES]->() RETURN companies, count(s) AS supplies',
  );

  const server = await startServer(options.neo4j);
  const endpoint = `http://127.0.0.1:${server.port}/graphql`;
  try {
    const inputs = await pickInputs(driver);
    const libraryEndpoint = `http://127.0.0.1:${server.libraryPort}/graphql`;
    const cases = benchCases({ endpoint, libraryEndpoint, driver, executor, inputs }).filter(
      (c) => !options.only || options.only.some((o) => c.name.includes(o)),
    );
    log(`${size.records[0]?.get('companies')} companies, ${size.records[0]?.get('supplies')} SUPPLIES`);
    // The server is a fresh process: its code is warmed on every warm case first, as a long-running server's is,
    // so the first case measured does not pay for everyone's compilation.
    for (let round = 0; round < SERVER_WARMUP_ROUNDS; round++) {
      for (const c of cases) if (!c.cold) await c.graphql(round);
    }
    log(HEADER);
    const results: CaseResult[] = [];
    for (const c of cases) {
      const iterations = c.cold ? Math.max(3, Math.ceil(options.iterations / 3)) : options.iterations;
      // Warm-up covers every input once, so warm cases never time a first computation.
      const settings = { iterations, warmup: c.cold ? 1 : (c.warmup ?? 10), prepare: c.prepare };
      const graphql = await measure(c.graphql, settings);
      const raw = await measure(c.raw, settings);
      const library = c.library ? await measure(c.library, settings) : undefined;
      const result: CaseResult = { name: c.name, graphql, raw, ratio: graphql.p50 / raw.p50, baseline: c.baseline };
      if (library) Object.assign(result, { library, vsLibrary: graphql.p50 / library.p50 });
      results.push(result);
      log(formatRow(result));
    }
    const loadRun = options.load ? await runLoad(endpoint, inputs, { ...options.load, log }) : null;
    let burstRun: BurstReport | null = null;
    if (options.burst) {
      const ungated = await startServer(options.neo4j, { BENCH_EXPENSIVE_CONCURRENCY: '64' });
      try {
        const touchAll = async () => {
          await executor.writeTx('bench.touch', (tx) => bumpRevisions(tx, touchedIds(inputs.industries)));
        };
        burstRun = await runBurst(
          { gated: endpoint, ungated: `http://127.0.0.1:${ungated.port}/graphql` },
          inputs,
          touchAll,
          log,
        );
      } finally {
        await ungated.stop();
      }
    }
    const browserRun = options.browser ? await runBrowser(options.neo4j, options.browser, log) : null;
    return {
      loadRun,
      burstRun,
      browserRun,
      scale,
      iterations: options.iterations,
      startedAt,
      companies: size.records[0]?.get('companies') as number,
      supplies: size.records[0]?.get('supplies') as number,
      load,
      cases: results,
    };
  } finally {
    await server.stop();
  }
}

/** The web app built afresh, served by a server process of its own, measured in Chromium (browser.ts). */
async function runBrowser(neo4j: BenchOptions['neo4j'], runs: number, log: (line: string) => void) {
  const webDist = mkdtempSync(join(tmpdir(), 'g60-bench-web-'));
  try {
    await build({ root: join(projectRoot, 'web'), logLevel: 'warn', build: { outDir: webDist, sourcemap: false } });
    const server = await startServer(neo4j, { BENCH_WEB_DIST: webDist });
    try {
      return await runBrowserBench(`http://127.0.0.1:${server.port}`, webDist, runs, log);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(webDist, { recursive: true, force: true });
  }
}

/** serve.ts in a child process; resolves once it listens. */
async function startServer(
  neo4j: BenchOptions['neo4j'],
  extraEnv: Record<string, string> = {},
): Promise<{ port: number; libraryPort: number; stop: () => Promise<void> }> {
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'serve.ts'), [], {
    // BENCH_PROFILE_DIR=dir: the server writes a CPU profile there when it exits (node --cpu-prof), to see where a
    // case's or the load run's server time goes.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    // As `npm start` runs it: graphql-js and Apollo Server do extra checks outside production mode.
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production', BENCH_SERVER: JSON.stringify(neo4j) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { port, libraryPort } = await new Promise<{ port: number; libraryPort: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number; libraryPort: number }));
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before listening`)));
  });
  return {
    port,
    libraryPort,
    stop: async () => {
      child.disconnect();
      await exited;
    },
  };
}

/** Rounds over the warm cases before any is timed. */
const SERVER_WARMUP_ROUNDS = 20;

export const HEADER =
  'case                          GraphQL p50    p95    p99 │ raw p50    p95    p99 │  ratio │ @neo4j/graphql p50   p95  ratio  (ms)';

export function formatRow(r: CaseResult): string {
  const f = (x: number) => x.toFixed(1).padStart(6);
  const library = r.library
    ? ` │ ${f(r.library.p50).padStart(18)} ${f(r.library.p95)} ${(r.vsLibrary ?? 0).toFixed(2).padStart(5)}×`
    : '';
  return `${r.name.padEnd(28)} ${f(r.graphql.p50)} ${f(r.graphql.p95)} ${f(r.graphql.p99)} │ ${f(r.raw.p50)} ${f(r.raw.p95)} ${f(r.raw.p99)} │ ${r.ratio.toFixed(2).padStart(5)}×${library}`;
}
