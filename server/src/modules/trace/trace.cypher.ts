import { LIMITS } from '@g60/graph-schema';
import { z } from 'zod';
import { intArg } from '../../args.js';
import { perDirection, towards } from '../../db/direction.js';
import { cypher, type CypherQuery } from '../../db/query.js';
import { GRAPH_NODE_PROJECTION, GraphNodeRow } from '../subgraph/index.js';

export interface TraceStepParams extends Record<string, unknown> {
  frontier: string[];
  seen: string[];
  cap: number;
  industryId: string | null;
  cityIds: string[] | null;
}

/**
 * One tier over SUPPLIES towards suppliers (UPSTREAM) or customers (DOWNSTREAM), capped, ordered by id for
 * stable answers. A company is followed only if it operates in the industry and sits in one of the cities.
 */
export const TRACE_STEP = perDirection((direction) =>
  cypher<TraceStepParams, GraphNodeRow>(
    `trace.step.${direction}`,
    `
UNWIND $frontier AS eid
MATCH (f) WHERE elementId(f) = eid
MATCH (f)${towards(direction, 'SUPPLIES')}(m:Company)
WHERE NOT elementId(m) IN $seen
  AND ($industryId IS NULL OR EXISTS { (m)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
  AND ($cityIds IS NULL OR EXISTS { (m)-[:LOCATED_IN]->(c:City) WHERE c.id IN $cityIds })
WITH DISTINCT m
ORDER BY m.id
LIMIT toInteger($cap)
RETURN ${GRAPH_NODE_PROJECTION}
`,
    GraphNodeRow,
  ),
);

const pathQueries = new Map<string, CypherQuery<{ fromId: string; toId: string }, { nodeIds: string[] }>>();

/**
 * The k shortest directed supply paths (Cypher 5 `SHORTEST k`), as lists of company ids. In Neo4j 5.26 both k and
 * the quantifier bound must be literals, so each (k, maxLength) gets its own statement, built from integers in the
 * ranges of LIMITS.paths only (checked again here: they become Cypher text), and cached.
 */
export function shortestPathsQuery(k: number, maxLength: number) {
  intArg('k', k, LIMITS.paths.k);
  intArg('maxLength', maxLength, LIMITS.paths.maxLength);
  const key = `${k}|${maxLength}`;
  let query = pathQueries.get(key);
  if (!query) {
    query = cypher(
      `trace.paths.k${k}.max${maxLength}`,
      `
MATCH p = SHORTEST ${k} (a:Company {id: $fromId})-[:SUPPLIES]->{1,${maxLength}}(b:Company {id: $toId})
RETURN [n IN nodes(p) | n.id] AS nodeIds
ORDER BY length(p)
`,
      z.object({ nodeIds: z.array(z.string()) }),
    );
    pathQueries.set(key, query);
  }
  return query;
}
