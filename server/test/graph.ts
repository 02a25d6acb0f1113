/**
 * What an integration test needs: an executor on the suite's Neo4j, a way to start from an empty graph, and the
 * migrated schema.
 */
import { inject } from 'vitest';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suite's Neo4j: its URI and the credentials its launcher made. */
    neo4j: { uri: string; user: string; password: string };
    neo4jStartMs: number;
    /** The suite's Neo4j home folder. */
    neo4jHome: string;
  }
}

export interface TestGraph {
  executor: Executor;
  /** Deletes every node and relationship (the schema stays). */
  reset(): Promise<void>;
  /** Runs raw Cypher for assertions; returns plain objects. */
  query(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function openTestGraph(): Promise<TestGraph> {
  const driver = createDriver(inject('neo4j'));
  const executor = new Executor(driver, { timeoutMs: 30_000 });
  await migrate(executor);
  return {
    executor,
    async reset() {
      // CALL … IN TRANSACTIONS only runs in an implicit (auto-commit) transaction, hence session.run.
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    async query(text, params = {}) {
      const { records } = await driver.executeQuery(text, params);
      return records.map((r) => r.toObject());
    },
    close: () => driver.close(),
  };
}
