/**
 * `--bulk` of `npm run import` and `npm run seed:synthetic`, and the bench's first load of a scale: refuse what
 * the offline importer cannot do (a remote Neo4j, a running local one, a store that is not empty), write the CSV
 * files as the records are checked, load them only if every record passed (or bad ones are to be skipped), then
 * start the local Neo4j once to create the constraints and indexes and store the empty arrays the importer cannot
 * write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersBolt } from '../../db/connect.js';
import { openGraph } from '../../openGraph.js';
import { migrate } from '../../db/migrate.js';
import type { Env } from '../../env.js';
import { DEFAULT_HOME } from '../../neo4j/localNeo4j.js';
import { ImportStore } from '../import.store.js';
import type { BulkCsvWriter, BulkRecordError } from './bulkCsv.js';
import { assertEmptyStore, bulkImport, BulkLoadError, removeDatabase, type BulkImportSummary } from './bulkLoad.js';

export interface BulkLoadSummary extends BulkImportSummary {
  /** Checking the records and writing the CSV files. */
  csvMs: number;
}

export interface BulkCommandResult {
  /** The first errors (the writer keeps a thousand), and how many there were in all. */
  errors: BulkRecordError[];
  errorCount: number;
  /** Null when errors stopped the load before anything was written to the store. */
  load: BulkLoadSummary | null;
  indexMs: number;
}

/** Fills a writer made for this folder: the records of the load, checked as they go in. */
export type BulkWrite = (dir: string) => Promise<BulkCsvWriter>;

export async function bulkCommand(
  env: Env,
  write: BulkWrite,
  options: { skipInvalid: boolean; log: (line: string) => void },
): Promise<BulkCommandResult> {
  if (env.NEO4J_URI) {
    throw new BulkLoadError(
      "--bulk fills the local store; NEO4J_URI points at another Neo4j. Run that server's own " +
        '`neo4j-admin database import`, or import without --bulk.',
    );
  }
  if (await answersBolt(`bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`)) {
    throw new BulkLoadError(
      `--bulk needs the store to itself, and a Neo4j is running on port ${env.NEO4J_BOLT_PORT} (npm start?). ` +
        'Stop it first, or import without --bulk into the running one.',
    );
  }
  const homeDir = env.NEO4J_DATA_DIR ?? DEFAULT_HOME;
  // Said before the records are read: a full store should not cost a minute of checking first.
  assertEmptyStore(homeDir);
  const dir = mkdtempSync(join(tmpdir(), 'g60-bulk-'));
  let load: BulkLoadSummary;
  try {
    const started = performance.now();
    const writer = await write(dir);
    const files = await writer.finish();
    const csvMs = Math.round(performance.now() - started);
    const result = { errors: writer.errors, errorCount: writer.errorCount, indexMs: 0 };
    if (writer.errorCount > 0 && !options.skipInvalid) return { ...result, load: null };
    options.log(
      `Checked and wrote ${files.nodes.reduce((n, f) => n + f.rows, 0)} nodes and ` +
        `${files.relationships.reduce((n, f) => n + f.rows, 0)} relationships as CSV in ${(csvMs / 1000).toFixed(1)} s`,
    );
    load = { ...(await bulkImport(files, { homeDir, heapMiB: env.NEO4J_HEAP, log: options.log })), csvMs };
    const indexStarted = performance.now();
    try {
      const graph = await openGraph(env, options.log);
      try {
        await migrate(graph.executor);
        await new ImportStore(graph.executor).fillEmptyArrays(files.emptyArrays);
      } finally {
        await graph.close();
      }
    } catch (error) {
      // A store without its constraints or with missing arrays is not what the online import makes: empty it
      // again, so nothing half-made stays and the same command can be run once the cause is fixed.
      removeDatabase(homeDir);
      throw new BulkLoadError(
        `the store was loaded but setting it up failed, so it was emptied again: ${(error as Error).message}`,
      );
    }
    return { ...result, load, indexMs: Math.round(performance.now() - indexStarted) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The outcome for a terminal: the first 200 errors, then what was loaded and how fast. False when nothing was. */
export function printBulkResult(result: BulkCommandResult): boolean {
  for (const e of result.errors.slice(0, 200)) console.error(`${e.file}:${e.line} ${e.field}: ${e.message}`);
  if (result.errorCount > 200) console.error(`… and ${result.errorCount - 200} more errors`);
  if (!result.load) {
    console.log('NOT imported: fix the records above or pass --skip-invalid');
    return false;
  }
  const l = result.load;
  console.log(
    `Bulk-loaded ${l.nodes} nodes and ${l.relationships} relationships: checked and written as CSV in ` +
      `${(l.csvMs / 1000).toFixed(1)} s, imported in ${(l.importMs / 1000).toFixed(1)} s ` +
      `(${l.relationshipsPerSecond} relationships/s), constraints, indexes and empty arrays in ` +
      `${(result.indexMs / 1000).toFixed(1)} s` +
      (result.errorCount > 0 ? `; ${result.errorCount} invalid records left out` : ''),
  );
  return true;
}
