/**
 * `npm run import -- <file.csv|file.json|file.jsonl>… [--kind Company] [--batch-size 10000] [--skip-invalid] [--bulk]`
 *
 * Validates every record, reports each bad one as file:line field: reason, and writes nothing for a file with bad
 * records unless --skip-invalid. Files stream (see source.ts): memory does not grow with a file's size. Uses NEO4J_URI when set, else starts the local Neo4j (stopping it afterwards).
 * With --bulk, fills an empty local store with Neo4j's offline importer instead (import/bulk/).
 */
import { parseArgs } from 'node:util';
import { openGraph } from '../openGraph.js';
import { migrate } from '../db/migrate.js';
import { loadEnv } from '../env.js';
import { bulkCommand, printBulkResult } from './bulk/bulkCommand.js';
import { writeInputs } from './bulk/bulkInput.js';
import { ImportStore } from './import.store.js';
import { basename } from 'node:path';
import { importSource, type ImportProgress, type ImportSummary } from './importer.js';
import { readRecords, type TextEncoding } from './parse.js';
import { isRegistry, readMapping } from './registry/registryFile.js';
import { importRegistry } from './registry/registry.js';
import { newChangeSet } from '../revisions/index.js';
import { RegistryStore } from './registry/registry.store.js';
import { printRegistryReport } from './registry/registryReport.js';
import { openFileSource } from './source.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    'batch-size': { type: 'string' },
    'skip-invalid': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    registry: { type: 'boolean', default: false },
    mapping: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log(
    'usage: npm run import -- <file.csv|file.json|file.jsonl|registry.xlsx>… [--kind LABEL|TYPE] [--batch-size N]\n' +
      '         [--skip-invalid] [--bulk] [--registry] [--mapping columns.json]\n' +
      '  .xlsx files, and .csv files with --registry or without id/kind/from columns, are read as a registry\n' +
      '  (企业名录 / supply lists); --mapping names the header of any field: {"name": "单位全称", "uscc": "代码"}',
  );
  process.exit(values.help ? 0 : 2);
}

const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
const tty = process.stderr.isTTY;

function showProgress(file: string, p: ImportProgress): void {
  if (!tty) return;
  if (p.total === undefined) {
    process.stderr.write(`\r${file} ${p.phase.padEnd(8)} ${p.done} rows read`);
    return;
  }
  const pct = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
  const width = 30;
  const bar = '█'.repeat(Math.round((pct / 100) * width)).padEnd(width, '░');
  process.stderr.write(`\r${file} ${p.phase.padEnd(8)} ${bar} ${pct}% (${p.done}/${p.total})`);
}

function report(file: string, s: ImportSummary): void {
  if (tty) process.stderr.write('\n');
  for (const e of s.errors.slice(0, 200)) console.error(`${file}:${e.line} ${e.field}: ${e.message}`);
  if (s.errors.length > 200) console.error(`… and ${s.errors.length - 200} more errors`);
  const verdict = s.written ? 'imported' : 'NOT imported (fix the rows above or pass --skip-invalid)';
  console.log(
    `${file}: ${verdict}; rows ${s.rows}, invalid ${s.invalid}, created ${s.created}, updated ${s.updated}, ` +
      `unchanged ${s.unchanged}, batches ${s.batches}, ${(s.ms / 1000).toFixed(1)} s, ${s.rowsPerSecond} rows/s`,
  );
}

/** Says so when a file was not UTF-8, so a GBK spreadsheet read as such is no surprise. */
const sayEncoding = (file: string) => (encoding: TextEncoding) => {
  if (encoding !== 'UTF-8') console.error(`${file}: read as ${encoding}`);
};

const env = loadEnv();
if (values.bulk) {
  let failed: boolean;
  try {
    const inputs = await Promise.all(
      positionals.map(async (f) => ({ name: f, raw: await readRecords(f, values.kind, sayEncoding(f)) })),
    );
    const result = await bulkCommand(env, writeInputs(inputs), {
      skipInvalid: values['skip-invalid'],
      log: (line) => console.error(line),
    });
    failed = !printBulkResult(result);
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
const graph = await openGraph(env, (line) => console.error(line));
let failed = false;
try {
  await migrate(graph.executor);
  const stores = { registry: new RegistryStore(graph.executor), import: new ImportStore(graph.executor) };
  for (const file of positionals) {
    if (values.registry || (await isRegistry(file))) {
      const registry = await importRegistry(stores, file, {
        mapping: values.mapping ? await readMapping(values.mapping) : undefined,
        skipInvalid: values['skip-invalid'],
        batchSize,
        onProgress: (p) => showProgress(file, p),
        actor: 'cli',
      });
      if (tty) process.stderr.write('\n');
      if (!printRegistryReport(registry)) failed = true;
      continue;
    }
    const source = await openFileSource(file, values.kind, sayEncoding(file));
    const summary = await importSource(stores.import, source, {
      batchSize,
      skipInvalid: values['skip-invalid'],
      onProgress: (p) => showProgress(file, p),
      changeSet: newChangeSet(`import:${basename(file)}`, 'cli'),
    });
    report(file, summary);
    if (!summary.written || summary.invalid > 0) failed = true;
  }
} catch (error) {
  console.error(`import failed: ${(error as Error).message}`);
  failed = true;
} finally {
  await graph.close();
}
process.exit(failed ? 1 : 0);
