/**
 * `--bulk` of `npm run import` and `npm run seed:synthetic`: check the inputs together, refuse what the offline
 * importer cannot do (a remote Neo4j, a running local one, a store that is not empty), load, then start the
 * local Neo4j once to create the constraints and indexes and store the empty arrays the importer cannot write.
 */
import { connectGraph, answersBolt } from '../../db/connect.js';
import { migrate } from '../../db/migrate.js';
import type { Env } from '../../env.js';
import { DEFAULT_HOME } from '../../neo4j/localNeo4j.js';
import { bulkLoad, BulkLoadError, type BulkLoadSummary } from './bulkLoad.js';
import { fillEmptyArrays } from './emptyArrays.js';
import { validateForBulk, type BulkInput, type BulkRecordError } from './bulkInput.js';

export interface BulkCommandResult {
  errors: BulkRecordError[];
  /** Null when errors stopped the load before anything was written. */
  load: BulkLoadSummary | null;
  indexMs: number;
}

export async function bulkCommand(
  env: Env,
  inputs: readonly BulkInput[],
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
  const { records, errors } = validateForBulk(inputs);
  if (errors.length > 0 && !options.skipInvalid) return { errors, load: null, indexMs: 0 };

  const load = await bulkLoad(records, {
    homeDir: env.NEO4J_DATA_DIR ?? DEFAULT_HOME,
    heapMiB: env.NEO4J_HEAP,
    log: options.log,
  });
  const started = performance.now();
  const graph = await connectGraph(env, options.log);
  try {
    await migrate(graph.executor);
    await fillEmptyArrays(graph.executor, load.emptyArrays);
  } finally {
    await graph.close();
  }
  return { errors, load, indexMs: Math.round(performance.now() - started) };
}
