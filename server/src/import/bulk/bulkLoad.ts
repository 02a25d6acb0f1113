/**
 * Runs Neo4j's offline importer, `neo4j-admin database import full` (its classes come with the DBMS from Maven
 * Central: org.neo4j.cli.AdminTool), over the CSV files bulkCsv.ts wrote, into an empty local store: no
 * transaction log, the store built directly — an order of magnitude past what transactions reach. Constraints and
 * indexes are created afterwards by the usual migration, on the first start.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkJava, resolveClasspath } from '../../neo4j/classpath.js';
import type { BulkFiles } from './bulkCsv.js';

export class BulkLoadError extends Error {}

export interface BulkLoadOptions {
  /** The local Neo4j home (NEO4J_DATA_DIR, default neo4j/data). */
  homeDir: string;
  heapMiB: number;
  log?: (line: string) => void;
}

export interface BulkImportSummary {
  nodes: number;
  relationships: number;
  /** The importer itself. */
  importMs: number;
  relationshipsPerSecond: number;
}

/** Whether the home already holds a database: the offline importer only fills an empty one. */
export function hasDatabase(homeDir: string): boolean {
  const store = join(homeDir, 'data', 'databases', 'neo4j');
  return existsSync(store) && readdirSync(store).length > 0;
}

/** Deletes the database the importer made (its store and transaction log), leaving the home as before the load. */
export function removeDatabase(homeDir: string): void {
  for (const dir of ['databases', 'transactions']) {
    rmSync(join(homeDir, 'data', dir, 'neo4j'), { recursive: true, force: true });
  }
}

export function assertEmptyStore(homeDir: string): void {
  if (hasDatabase(homeDir)) {
    throw new BulkLoadError(
      `${homeDir} already holds a database; --bulk loads an empty one only. ` +
        'Import into it without --bulk, or point NEO4J_DATA_DIR at an empty folder.',
    );
  }
}

export async function bulkImport(files: BulkFiles, options: BulkLoadOptions): Promise<BulkImportSummary> {
  const log = options.log ?? (() => {});
  assertEmptyStore(options.homeDir);
  await checkJava();
  const classpath = await resolveClasspath(log);
  mkdirSync(options.homeDir, { recursive: true });
  const nodes = files.nodes.reduce((n, f) => n + f.rows, 0);
  const relationships = files.relationships.reduce((n, f) => n + f.rows, 0);
  const started = performance.now();
  const args = [
    `-Xmx${options.heapMiB}m`,
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    // One option per file: each part carries its own header (bulkCsv.ts).
    ...files.nodes.map((f) => `--nodes=${f.label}=${f.file}`),
    ...files.relationships.map((f) => `--relationships=${f.type}=${f.file}`),
    `--array-delimiter=${files.arrayDelimiter}`,
    // Its report (bad entries; none, as every record was checked) goes beside the CSV files, not into the cwd.
    `--report-file=${join(dirname(files.nodes[0]?.file ?? options.homeDir), 'import.report')}`,
    `--multiline-fields=${files.multiline}`,
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
  ];
  const output: string[] = [];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: options.homeDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
      // The importer's own progress (stages, percentages) is the progress bar of a bulk load.
      if (line.trim()) log(`[neo4j-admin] ${line}`);
    });
  }
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const importMs = performance.now() - started;
  if (code !== 0) {
    throw new BulkLoadError(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-30).join('\n')}`);
  }
  return {
    nodes,
    relationships,
    importMs: Math.round(importMs),
    relationshipsPerSecond: Math.round((relationships / importMs) * 1000),
  };
}
