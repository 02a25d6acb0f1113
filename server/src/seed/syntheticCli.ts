/**
 * `npm run seed:synthetic -- --scale S|M|L|XL [--seed N] [--out DIR] [--no-load] [--batch-size N] [--bulk] [--registry]`
 *
 * Generates the synthetic corridor (seeds/synthetic/), writes it as JSON Lines with SHA256SUMS (same scale and
 * seed, same bytes; the digest printed at the end lets you compare), and loads it — after the curated set it builds
 * on — through the same validated import as `npm run import`; with --bulk, both go into an empty local store
 * through Neo4j's offline importer (import/bulk/), streamed from the generator (syntheticLoad.ts). XL loads only
 * that way: the online import holds each file in memory. With --registry, the same corridor is also written as a
 * registry-style spreadsheet, DIR/registry.xlsx (registrySample.ts), for `npm run import` to read back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportRecord } from '@g60/graph-schema';
import { corridorRecords, EXPORT_FILES, SCALES, type ExportFile, type Scale } from '@g60/seeds/synthetic';
import { intArg } from '../args.js';
import { openGraph } from '../openGraph.js';
import { migrate } from '../db/migrate.js';
import { loadEnv } from '../env.js';
import { printBulkResult } from '../import/bulk/bulkCommand.js';
import { ImportStore } from '../import/import.store.js';
import { importRecords } from '../import/importer.js';
import { newChangeSet } from '../revisions/index.js';
import { projectRoot } from '../paths.js';
import { CURATED_DIR, loadCurated } from './loadSeed.js';
import { writeRegistrySample } from './registrySample.js';
import { bulkLoadSynthetic, CorridorExport } from './syntheticLoad.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '60' },
    out: { type: 'string' },
    'no-load': { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    bulk: { type: 'boolean', default: false },
    registry: { type: 'boolean', default: false },
  },
});

const scale = values.scale?.toUpperCase() as Scale;
if (!(scale in SCALES)) {
  console.error('--scale: must be S (5k companies), M (50k), L (200k) or XL (1M, with --bulk)');
  process.exit(2);
}
if (scale === 'XL' && !values.bulk && !values['no-load']) {
  console.error(
    '--scale XL loads only with --bulk (into an empty local store): the online import holds each file in memory',
  );
  process.exit(2);
}
let seed: number;
try {
  seed = intArg('--seed', Number(values.seed), { min: 0, max: 2 ** 31 });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
const out = values.out ?? join(projectRoot, 'seeds', 'synthetic', 'out', `${scale}-${seed}`);
const env = loadEnv();
const log = (line: string) => console.error(line);

if (values.registry) {
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const written = await writeRegistrySample(
    corridorRecords(scale, seed, CURATED_DIR),
    join(out, 'registry.xlsx'),
    CURATED_DIR,
  );
  console.log(
    `Registry spreadsheet: ${written.companies} companies, ${written.supplies} supply rows → ${written.file} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s); import it with npm run import -- ${written.file}`,
  );
}

if (values.bulk) {
  let failed: boolean;
  try {
    const result = await bulkLoadSynthetic(env, { scale, seed, out, log });
    console.log(
      `Generated scale ${scale}, seed ${seed}: ${result.export.records} records → ${out}\n  export sha256 ${result.export.sha256}`,
    );
    failed = !printBulkResult(result);
  } catch (error) {
    console.error(`synthetic load failed: ${(error as Error).message}`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}

let started = performance.now();
// Kept in memory only to load online afterwards (S, M, L).
const files = Object.fromEntries(EXPORT_FILES.map((f) => [f, [] as ImportRecord[]])) as Record<
  ExportFile,
  ImportRecord[]
>;
const corridor = new CorridorExport(out);
let drawn = 0;
for (const { file, record } of corridorRecords(scale, seed, CURATED_DIR)) {
  corridor.write(file, record);
  if (!values['no-load']) files[file].push(record);
  if (++drawn % 4096 === 0) await corridor.drain();
}
const exported = await corridor.finish();
console.log(
  `Generated scale ${scale}, seed ${seed}: ${exported.records} records in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}\n` +
    `  export sha256 ${exported.sha256}`,
);
if (values['no-load']) process.exit(0);

const graph = await openGraph(env, log);
let failed = false;
try {
  await migrate(graph.executor);
  const imports = new ImportStore(graph.executor);
  const curated = await loadCurated(imports);
  console.log(`Curated base: ${curated.reduce((n, s) => n + s.rows, 0)} records (loaded or unchanged)`);
  started = performance.now();
  let written = 0;
  // The whole synthetic corridor is one change set, whatever the number of files and batches.
  const changeSet = newChangeSet(`seed:synthetic-${scale}`, 'cli');
  for (const file of EXPORT_FILES) {
    const raw = files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> }));
    const summary = await importRecords(imports, raw, {
      batchSize,
      changeSet,
      onProgress: (p) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${file}.jsonl ${p.phase} ${p.done}/${p.total ?? '?'}   `);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (const e of summary.errors.slice(0, 20)) console.error(`${file}.jsonl:${e.line} ${e.field}: ${e.message}`);
    console.log(
      `  ${file}.jsonl: ${summary.rows} rows, created ${summary.created}, updated ${summary.updated}, ` +
        `unchanged ${summary.unchanged}, ${(summary.ms / 1000).toFixed(1)} s, ${summary.rowsPerSecond} rows/s`,
    );
    if (!summary.written) failed = true;
    written += summary.valid;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Loaded ${written} synthetic records in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} rows/s)`,
  );
} catch (error) {
  console.error(`synthetic load failed: ${(error as Error).message}`);
  failed = true;
} finally {
  await graph.close();
}
process.exit(failed ? 1 : 0);
