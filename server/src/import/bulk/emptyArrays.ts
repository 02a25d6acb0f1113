/**
 * Neo4j's offline importer has no way to write an empty array (an empty field means "no property"), while the
 * online import stores `aliases: []`, `sources: []`. After a bulk load, the array properties the input gave empty
 * are set to [] where absent, so both paths give the same graph. Every record of the models carries its arrays
 * (they default to []), so an absent one was an empty one. Labels and types come from the closed unions; the
 * property key travels as a parameter.
 */
import { assertLabel, assertRelType } from '@g60/graph-schema';
import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { cypher } from '../../db/query.js';
import type { EmptyArrays } from './bulkCsv.js';

const Count = z.object({ n: z.number() });

export async function fillEmptyArrays(executor: Executor, empty: EmptyArrays): Promise<number> {
  let filled = 0;
  for (const { label, key } of empty.nodes) {
    const l = assertLabel(label);
    const [row] = await executor.write(
      cypher<{ key: string; props: Record<string, unknown> }, { n: number }>(
        `bulk.emptyArrays.${l}`,
        `MATCH (n:${l}) WHERE n[$key] IS NULL SET n += $props RETURN count(n) AS n`,
        Count,
      ),
      { key, props: { [key]: [] } },
    );
    filled += row?.n ?? 0;
  }
  for (const { type, key } of empty.relationships) {
    const t = assertRelType(type);
    const [row] = await executor.write(
      cypher<{ key: string; props: Record<string, unknown> }, { n: number }>(
        `bulk.emptyArrays.${t}`,
        `MATCH ()-[r:${t}]->() WHERE r[$key] IS NULL SET r += $props RETURN count(r) AS n`,
        Count,
      ),
      { key, props: { [key]: [] } },
    );
    filled += row?.n ?? 0;
  }
  return filled;
}
