/**
 * Every Cypher statement the server declares, found the way a reader would: each `*.cypher.ts` file under
 * server/src, whatever folder it has moved to, and every value it exports that was made with
 * `cypher(name, text, row)` — a constant, or one inside a record at any depth (perLabel, perDirection, KEPT,
 * SAVED). Exported functions are builders (one statement per argument set, e.g. `shortestPathsQuery(k, max)`):
 * they are handed back by name for the caller to call.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherQuery } from '../src/db/query.js';

export type Statement = CypherQuery<Record<string, unknown>, unknown>;

/** server/src, where the statement files live. */
export const SERVER_SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** A value made with `cypher()`: a name, a text and a row model. */
export function isStatement(value: unknown): value is Statement {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Statement>;
  return typeof v.name === 'string' && typeof v.text === 'string' && typeof v.row?.safeParse === 'function';
}

/** The `*.cypher.ts` files under `dir`, as paths relative to it, sorted. */
export function cypherFiles(dir = SERVER_SRC): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.cypher.ts')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

export interface Declared {
  /** Each statement once (the same object reached twice counts once), with the file that exports it. */
  statements: { statement: Statement; file: string }[];
  /** Exported functions, by export name. */
  builders: { name: string; file: string; build: (...args: never[]) => unknown }[];
  /** Files that did not load. */
  failures: { file: string; error: string }[];
  files: string[];
}

/** Statements inside a record (or an array), however deep; `seen` stops at objects visited already. */
function collect(value: unknown, found: Set<Statement>, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isStatement(value)) {
    found.add(value);
    return;
  }
  const children = value instanceof Map ? [...(value as Map<unknown, unknown>).values()] : Object.values(value);
  for (const child of children) collect(child, found, seen);
}

export async function declaredStatements(dir = SERVER_SRC): Promise<Declared> {
  const declared: Declared = { statements: [], builders: [], failures: [], files: cypherFiles(dir) };
  const seen = new Set<object>();
  for (const file of declared.files) {
    let module: Record<string, unknown>;
    try {
      module = (await import(join(dir, file))) as Record<string, unknown>;
    } catch (error) {
      declared.failures.push({ file, error: String(error) });
      continue;
    }
    const found = new Set<Statement>();
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') {
        declared.builders.push({ name, file, build: value as (...args: never[]) => unknown });
      } else {
        collect(value, found, seen);
      }
    }
    for (const statement of found) declared.statements.push({ statement, file });
  }
  return declared;
}
