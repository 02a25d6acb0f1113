/**
 * Neo4j's offline importer has no way to write an empty array (an empty field means "no property"), while the
 * online import stores `aliases: []`, `sources: []`. After a bulk load, the array properties the input gave empty
 * are set to [] where absent, so both paths give the same graph. Every record of the models carries its arrays
 * (they default to []), so an absent one was an empty one. Labels and types come from the closed unions; the
 * property key travels as a parameter. Run once, right after the load, before anything else writes
 * (ImportStore.fillEmptyArrays, import.store.ts).
 */
import { assertLabel, assertRelType } from '@g60/graph-schema';
import type { EmptyArrays } from './bulkCsv.js';

/** Rows per inner transaction: a store of 10M links would otherwise be one transaction holding all of them. */
const ROWS_PER_TRANSACTION = 50_000;

/** One auto-commit statement (`CALL { … } IN TRANSACTIONS` cannot run in a managed transaction). */
export interface EmptyArrayFill {
  name: string;
  text: string;
  params: { key: string; props: Record<string, never[]> };
}

/** The statements that set the empty arrays: the nodes' first, then the relationships'. */
export function emptyArrayFills(empty: EmptyArrays): EmptyArrayFill[] {
  const fills: EmptyArrayFill[] = [];
  for (const { label, key } of empty.nodes) {
    const l = assertLabel(label);
    fills.push({
      name: `bulk.emptyArrays.${l}`,
      text: `MATCH (n:${l}) WHERE n[$key] IS NULL
       CALL (n) { SET n += $props } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
      params: { key, props: { [key]: [] } },
    });
  }
  for (const { type, key } of empty.relationships) {
    const t = assertRelType(type);
    fills.push({
      name: `bulk.emptyArrays.${t}`,
      text: `MATCH ()-[r:${t}]->() WHERE r[$key] IS NULL
       CALL (r) { SET r += $props } IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`,
      params: { key, props: { [key]: [] } },
    });
  }
  return fills;
}
