/**
 * Neo4j's offline importer has no way to write an empty array (an empty field means "no property"), while the
 * online import stores `aliases: []`, `sources: []`. After a bulk load, the array properties the input gave empty
 * are set to [] where absent, so both paths give the same graph. Every record of the models carries its arrays
 * (they default to []), so an absent one was an empty one. Labels and types come from the closed unions; the
 * property key travels as a parameter. Run once, right after the load, before anything else writes.
 */
import { assertLabel, assertRelType } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import type { EmptyArrays } from './bulkCsv.js';

/** Rows per inner transaction: a store of 10M links would otherwise be one transaction holding all of them. */
const ROWS_PER_TRANSACTION = 50_000;
/** The whole pass may take minutes at XL; each inner transaction is small. */
const TIMEOUT_MS = 30 * 60_000;

export async function fillEmptyArrays(executor: Executor, empty: EmptyArrays): Promise<number> {
  let filled = 0;
  for (const { label, key } of empty.nodes) {
    const l = assertLabel(label);
    filled += await executor.runAutoCommit(
      `bulk.emptyArrays.${l}`,
      `MATCH (n:${l}) WHERE n[$key] IS NULL
       CALL (n) { SET n += $props } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
      { key, props: { [key]: [] } },
      TIMEOUT_MS,
    );
  }
  for (const { type, key } of empty.relationships) {
    const t = assertRelType(type);
    filled += await executor.runAutoCommit(
      `bulk.emptyArrays.${t}`,
      `MATCH ()-[r:${t}]->() WHERE r[$key] IS NULL
       CALL (r) { SET r += $props } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
      { key, props: { [key]: [] } },
      TIMEOUT_MS,
    );
  }
  return filled;
}
