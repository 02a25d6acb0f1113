/**
 * `npm run seed:synthetic -- --scale S|M|L [--seed N] [--out DIR] [--no-load] [--batch-size N] [--bulk]`
 *
 * Generates the synthetic corridor (seeds/synthetic/), writes it as JSON Lines (same scale and seed, same bytes;
 * the SHA-256 printed at the end lets you check), and loads it — after the curated set it builds on — through the
 * same validated import as `npm run import`; with --bulk, both go into an empty local store through Neo4j's
 * offline importer (import/bulk/).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FILES, generateCorridor, toJsonLines } from '@g60/seeds/synthetic';
import { intArg } from '../args.js';
import { connectGraph } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { loadEnv } from '../env.js';
import { bulkCommand } from '../import/bulk/bulkCommand.js';
import { importRecords } from '../import/importer.js';
import { readRecords } from '../import/parse.js';
import { projectRoot } from '../paths.js';
import { CURATED_DIR, loadCurated } from './loadSeed.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string', default: '60' },
    out: { type: 'string' },
    'no-load': { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    bulk: { type: 'boolean', default: false },
  },
});

const scale = values.scale?.toUpperCase();
if (scale !== 'S' && scale !== 'M' && scale !== 'L') {
  console.error('--scale: must be S (5k companies), M (50k) or L (200k)');
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

let started = performance.now();
const corridor = generateCorridor(scale, seed);
const lines = toJsonLines(corridor);
const out = values.out ?? join(projectRoot, 'seeds', 'synthetic', 'out', `${scale}-${seed}`);
mkdirSync(out, { recursive: true });
const hash = createHash('sha256');
for (const file of EXPORT_FILES) {
  writeFileSync(join(out, `${file}.jsonl`), lines[file]);
  hash.update(lines[file]);
}
const rows = EXPORT_FILES.reduce((n, f) => n + corridor.files[f].length, 0);
console.log(
  `Generated scale ${scale}, seed ${seed}: ${rows} records in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}\n` +
    `  export sha256 ${hash.digest('hex')}`,
);
if (values['no-load']) process.exit(0);

const env = loadEnv();
if (values.bulk) {
  let failed = false;
  try {
    const curated = await Promise.all(
      readdirSync(CURATED_DIR)
        .filter((f) => /\.(json|jsonl|csv)$/.test(f))
        .sort()
        .map(async (f) => ({ name: f, raw: await readRecords(join(CURATED_DIR, f)) })),
    );
    const synthetic = EXPORT_FILES.map((file) => ({
      name: `${file}.jsonl`,
      raw: corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> })),
    }));
    const result = await bulkCommand(env, [...curated, ...synthetic], {
      skipInvalid: false,
      log: (line) => console.error(line),
    });
    for (const e of result.errors.slice(0, 20)) console.error(`${e.file}:${e.line} ${e.field}: ${e.message}`);
    if (!result.load) throw new Error(`${result.errors.length} invalid records; nothing loaded`);
    const l = result.load;
    console.log(
      `Bulk-loaded ${l.nodes} nodes and ${l.relationships} relationships: CSV ${(l.csvMs / 1000).toFixed(1)} s, ` +
        `import ${(l.importMs / 1000).toFixed(1)} s (${l.relationshipsPerSecond} relationships/s), ` +
        `constraints and indexes ${(result.indexMs / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(`synthetic load failed: ${(error as Error).message}`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
const graph = await connectGraph(env, (line) => console.error(line));
let failed = false;
try {
  await migrate(graph.executor);
  const curated = await loadCurated(graph.executor);
  console.log(`Curated base: ${curated.reduce((n, s) => n + s.rows, 0)} records (loaded or unchanged)`);
  started = performance.now();
  let written = 0;
  for (const file of EXPORT_FILES) {
    const raw = corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> }));
    const summary = await importRecords(graph.executor, raw, {
      batchSize,
      onProgress: (p) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${file}.jsonl ${p.phase} ${p.done}/${p.total}   `);
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
