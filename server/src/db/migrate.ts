/**
 * Applies graph-schema/constraints.cypher. Every statement is `IF NOT EXISTS`, so running it on every start is
 * safe; afterwards we check that every named constraint and index exists and is ONLINE, and fail the start
 * otherwise rather than serve slow or wrong answers.
 */
import { constraintStatements } from '@g60/graph-schema';
import { DomainError } from '../errors.js';
import type { Executor } from './executor.js';
import { AWAIT_INDEXES, SCHEMA_OBJECTS } from './migrate.cypher.js';

/** Names declared in the schema file, e.g. `company_id`, `entity_names`. */
export function declaredSchemaNames(statements = constraintStatements()): string[] {
  return statements.map((s) => {
    const m = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|TEXT\s+|RANGE\s+|POINT\s+)?INDEX)\s+(\w+)/i.exec(s);
    if (!m?.[1]) throw new Error(`constraints.cypher: cannot find the name in: ${s.slice(0, 80)}`);
    return m[1];
  });
}

export interface MigrationResult {
  applied: number;
  missing: string[];
  ms: number;
}

/**
 * How long index population may take: the first start after a bulk load builds every index over what was loaded
 * (XL: 1M companies in the full-text index), far past a query's usual limit.
 */
const POPULATION_SECONDS = 1_800;

export async function migrate(executor: Executor): Promise<MigrationResult> {
  const started = Date.now();
  const statements = constraintStatements();
  const timeoutMs = (POPULATION_SECONDS + 30) * 1000;
  for (const [i, statement] of statements.entries()) {
    // A constraint's statement returns once its index holds every existing node.
    await executor.runAutoCommit(`migrate.${i}`, statement, {}, timeoutMs);
  }
  await executor.runAutoCommit('migrate.awaitIndexes', AWAIT_INDEXES, { seconds: POPULATION_SECONDS }, timeoutMs);
  const missing = await checkSchema(executor);
  if (missing.length > 0) {
    throw new DomainError('INTERNAL', `schema check failed; not online: ${missing.join(', ')}`);
  }
  return { applied: statements.length, missing, ms: Date.now() - started };
}

/** Names of declared constraints/indexes that are missing or not ONLINE. */
export async function checkSchema(executor: Executor): Promise<string[]> {
  const rows = await executor.read(SCHEMA_OBJECTS, {});
  const online = new Set(rows.filter((r) => r.state === 'ONLINE').map((r) => r.name));
  return declaredSchemaNames().filter((name) => !online.has(name));
}
