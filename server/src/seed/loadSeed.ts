/**
 * Loads the curated G60 data set (seeds/g60/*.json, in file-name order) through the same validated import as the
 * CLI. Files are ordered so that every link's ends are loaded by an earlier file or the same one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_LABELS } from '@g60/graph-schema';
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { cypher } from '../db/query.js';
import { importRecords, type ImportSummary } from '../import/importer.js';
import { readRecords } from '../import/parse.js';
import { projectRoot } from '../paths.js';

export const CURATED_DIR = join(projectRoot, 'seeds', 'g60');

/** Any node of the graph model's labels; keys, revisions and kept results are bookkeeping, not data. */
const HAS_ANY_NODE = cypher<{ labels: readonly string[] }, { any: boolean }>(
  'seed.hasAnyNode',
  `
OPTIONAL MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) WITH n LIMIT 1
RETURN n IS NOT NULL AS any
`,
  z.object({ any: z.boolean() }),
);

export async function isEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read(HAS_ANY_NODE, { labels: NODE_LABELS });
  return !row?.any;
}

export class SeedError extends Error {}

/** The curated files in load order (by name: every link's ends come in an earlier file or the same one). */
export function curatedFiles(dir = CURATED_DIR): { name: string; path: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(json|jsonl|csv)$/.test(f))
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));
}

export async function loadCurated(executor: Executor, dir = CURATED_DIR): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const { path } of curatedFiles(dir)) {
    const summary = await importRecords(executor, await readRecords(path));
    if (!summary.written) {
      const first = summary.errors
        .slice(0, 5)
        .map((e) => `${path}:${e.line} ${e.field}: ${e.message}`)
        .join('\n');
      throw new SeedError(`curated seed file has invalid records:\n${first}`);
    }
    summaries.push(summary);
  }
  return summaries;
}
