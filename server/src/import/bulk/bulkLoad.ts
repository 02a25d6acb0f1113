/**
 * Loads validated records into an empty local store with Neo4j's offline importer, `neo4j-admin database import
 * full` (its classes come with the DBMS from Maven Central: org.neo4j.cli.AdminTool), writing no transaction log
 * and building the store directly — an order of magnitude past what transactions reach. Constraints and indexes
 * are created afterwards by the usual migration, on the first start.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ImportRecord } from '@g60/graph-schema';
import { checkJava, resolveClasspath } from '../../neo4j/classpath.js';
import { writeBulkCsv, type EmptyArrays } from './bulkCsv.js';

export class BulkLoadError extends Error {}

export interface BulkLoadOptions {
  /** The local Neo4j home (NEO4J_DATA_DIR, default neo4j/data). */
  homeDir: string;
  heapMiB: number;
  log?: (line: string) => void;
}

export interface BulkLoadSummary {
  nodes: number;
  relationships: number;
  /** Writing the CSV files. */
  csvMs: number;
  /** The importer itself. */
  importMs: number;
  relationshipsPerSecond: number;
  /** To be set once the store runs: fillEmptyArrays (emptyArrays.ts). */
  emptyArrays: EmptyArrays;
}

/** Whether the home already holds a database: the offline importer only fills an empty one. */
function hasDatabase(homeDir: string): boolean {
  const store = join(homeDir, 'data', 'databases', 'neo4j');
  return existsSync(store) && readdirSync(store).length > 0;
}

export async function bulkLoad(records: readonly ImportRecord[], options: BulkLoadOptions): Promise<BulkLoadSummary> {
  const log = options.log ?? (() => {});
  if (hasDatabase(options.homeDir)) {
    throw new BulkLoadError(
      `${options.homeDir} already holds a database; --bulk loads an empty one only. ` +
        'Import into it without --bulk, or point NEO4J_DATA_DIR at an empty folder.',
    );
  }
  await checkJava();
  const classpath = await resolveClasspath(log);
  mkdirSync(options.homeDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'g60-bulk-'));
  try {
    let started = performance.now();
    const files = await writeBulkCsv(records, dir);
    const csvMs = performance.now() - started;
    const nodes = files.nodes.reduce((n, f) => n + f.rows, 0);
    const relationships = files.relationships.reduce((n, f) => n + f.rows, 0);
    log(`Wrote ${nodes} nodes and ${relationships} relationships as CSV in ${(csvMs / 1000).toFixed(1)} s`);

    started = performance.now();
    const args = [
      `-Xmx${options.heapMiB}m`,
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      ...files.nodes.map((f) => `--nodes=${f.label}=${f.file}`),
      ...files.relationships.map((f) => `--relationships=${f.type}=${f.file}`),
      `--array-delimiter=${files.arrayDelimiter}`,
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
      csvMs: Math.round(csvMs),
      importMs: Math.round(importMs),
      relationshipsPerSecond: Math.round((relationships / importMs) * 1000),
      emptyArrays: files.emptyArrays,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
