/**
 * Loads the curated G60 data set (seeds/g60/*.json, in file-name order) through the same validated import as the
 * CLI. Files are ordered so that every link's ends are loaded by an earlier file or the same one. Whether the graph
 * is still empty is SeedStore.isEmpty (seed.store.ts).
 */
import { readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { ImportStore } from '../import/import.store.js';
import { importRecords, type ImportSummary } from '../import/importer.js';
import { newChangeSet } from '../revisions/index.js';
import { readRecords } from '../import/parse.js';
import { projectRoot } from '../paths.js';

export const CURATED_DIR = join(projectRoot, 'seeds', 'g60');

export class SeedError extends Error {}

/** The curated files in load order (by name: every link's ends come in an earlier file or the same one). */
export function curatedFiles(dir = CURATED_DIR): { name: string; path: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(json|jsonl|csv)$/.test(f))
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));
}

export async function loadCurated(store: ImportStore, dir = CURATED_DIR): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const { path } of curatedFiles(dir)) {
    const summary = await importRecords(store, await readRecords(path), {
      changeSet: newChangeSet(`seed:${basename(path)}`, 'system'),
    });
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
