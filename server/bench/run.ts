/**
 * The bench's body, apart from where its Neo4j comes from: load the synthetic corridor when the database does not
 * hold it, serve the real HTTP app on loopback, and time every case through GraphQL beside the same work through
 * the raw driver. bench.ts runs it from the command line; bench.int.test.ts runs scale S inside `npm test`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXPORT_FILES, generateCorridor, type Scale } from '@g60/seeds/synthetic';
import type { Driver } from 'neo4j-driver';
import { createServices } from '../src/context.js';
import type { Executor } from '../src/db/executor.js';
import { createApp } from '../src/http/app.js';
import { importRecords } from '../src/import/importer.js';
import { loadCurated } from '../src/seed/loadSeed.js';
import { benchCases, pickInputs } from './cases.js';
import { measure, type Stats } from './stats.js';

export interface BenchOptions {
  scale: Scale;
  iterations: number;
  executor: Executor;
  driver: Driver;
  /** Only the cases whose names contain one of these. */
  only?: string[];
  log?: (line: string) => void;
}

export interface CaseResult {
  name: string;
  graphql: Stats;
  raw: Stats;
  /** GraphQL p50 / raw p50. */
  ratio: number;
  /** What the raw side runs. */
  baseline: string;
}

export interface BenchReport {
  scale: Scale;
  iterations: number;
  startedAt: string;
  companies: number;
  supplies: number;
  load: { ms: number; rows: number; rowsPerSecond: number } | null;
  cases: CaseResult[];
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const { executor, driver, scale } = options;
  const startedAt = new Date().toISOString();

  const corridor = generateCorridor(scale, 60);
  const { records } = await driver.executeQuery('MATCH (c:Company) WHERE c.synthetic RETURN count(c) AS n');
  let load: BenchReport['load'] = null;
  if ((records[0]?.get('n') as number) !== corridor.files.companies.length) {
    log(`Loading the synthetic corridor ${scale} (once for this database)…`);
    const started = performance.now();
    let rows = 0;
    await loadCurated(executor);
    for (const file of EXPORT_FILES) {
      const raw = corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> }));
      const summary = await importRecords(executor, raw);
      if (!summary.written) throw new Error(`synthetic ${file} did not load: ${JSON.stringify(summary.errors[0])}`);
      rows += raw.length;
    }
    const ms = performance.now() - started;
    load = { ms: Math.round(ms), rows, rowsPerSecond: Math.round((rows / ms) * 1000) };
    log(`Loaded ${rows} rows in ${(ms / 1000).toFixed(1)} s (${load.rowsPerSecond} rows/s).`);
  }
  const size = await driver.executeQuery(
    'MATCH (c:Company) WITH count(c) AS companies MATCH ()-[s:SUPPLIES]->() RETURN companies, count(s) AS supplies',
  );

  const { express } = await createApp(createServices(executor), { webDist: '/nonexistent' });
  const server: Server = express.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const inputs = await pickInputs(driver);
    const cases = benchCases({ endpoint, driver, executor, inputs }).filter(
      (c) => !options.only || options.only.some((o) => c.name.includes(o)),
    );
    log(`${size.records[0]?.get('companies')} companies, ${size.records[0]?.get('supplies')} SUPPLIES`);
    log(HEADER);
    const results: CaseResult[] = [];
    for (const c of cases) {
      const iterations = c.cold ? Math.max(3, Math.ceil(options.iterations / 3)) : options.iterations;
      // Warm-up covers every input once, so warm cases never time a first computation.
      const settings = { iterations, warmup: c.cold ? 1 : (c.warmup ?? 3), prepare: c.prepare };
      const graphql = await measure(c.graphql, settings);
      const raw = await measure(c.raw, settings);
      const result = { name: c.name, graphql, raw, ratio: graphql.p50 / raw.p50, baseline: c.baseline };
      results.push(result);
      log(formatRow(result));
    }
    return {
      scale,
      iterations: options.iterations,
      startedAt,
      companies: size.records[0]?.get('companies') as number,
      supplies: size.records[0]?.get('supplies') as number,
      load,
      cases: results,
    };
  } finally {
    await new Promise((r) => server.close(r));
  }
}

export const HEADER =
  'case                          GraphQL p50    p95    p99 │ raw p50    p95    p99 │ ratio p50  (ms)';

export function formatRow(r: CaseResult): string {
  const f = (x: number) => x.toFixed(1).padStart(6);
  return `${r.name.padEnd(28)} ${f(r.graphql.p50)} ${f(r.graphql.p95)} ${f(r.graphql.p99)} │ ${f(r.raw.p50)} ${f(r.raw.p95)} ${f(r.raw.p99)} │ ${r.ratio.toFixed(2).padStart(6)}×`;
}
