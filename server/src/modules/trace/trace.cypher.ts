import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/query.js';
import { GRAPH_NODE_PROJECTION, GraphEdgeRow, GraphNodeRow } from '../neighborhood/graph.rows.js';

export const TRACE_START = cypher<{ id: string }, GraphNodeRow>(
  'trace.start',
  `
MATCH (m:Company {id: $id})
RETURN ${GRAPH_NODE_PROJECTION}
`,
  GraphNodeRow,
);

/** Graph nodes of the given companies (for drawing paths). */
export const COMPANY_NODES = cypher<{ ids: string[] }, GraphNodeRow>(
  'trace.companyNodes',
  `
UNWIND $ids AS id
MATCH (m:Company {id: id})
RETURN ${GRAPH_NODE_PROJECTION}
`,
  GraphNodeRow,
);

interface StepParams extends Record<string, unknown> {
  frontier: string[];
  seen: string[];
  cap: number;
  industryId: string | null;
  cityIds: string[] | null;
}

// Filters of trace: a company is followed only if it operates in the industry and sits in one of the cities.
const KEEP = `
  NOT elementId(m) IN $seen
  AND ($industryId IS NULL OR EXISTS { (m)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
  AND ($cityIds IS NULL OR EXISTS { (m)-[:LOCATED_IN]->(c:City) WHERE c.id IN $cityIds })`;

/** One tier over SUPPLIES, capped, ordered by id for stable answers; the two directions differ only in the arrow. */
function traceStep(direction: 'UPSTREAM' | 'DOWNSTREAM') {
  const pattern = direction === 'UPSTREAM' ? '(f)<-[:SUPPLIES]-(m:Company)' : '(f)-[:SUPPLIES]->(m:Company)';
  return cypher<StepParams, GraphNodeRow>(
    direction === 'UPSTREAM' ? 'trace.stepUp' : 'trace.stepDown',
    `
UNWIND $frontier AS eid
MATCH (f) WHERE elementId(f) = eid
MATCH ${pattern}
WHERE ${KEEP}
WITH DISTINCT m
ORDER BY m.id
LIMIT toInteger($cap)
RETURN ${GRAPH_NODE_PROJECTION}
`,
    GraphNodeRow,
  );
}

/** One tier towards suppliers. */
export const TRACE_STEP_UP = traceStep('UPSTREAM');

/** One tier towards customers. */
export const TRACE_STEP_DOWN = traceStep('DOWNSTREAM');

/** SUPPLIES links between the given companies. */
export const SUPPLIES_BETWEEN = cypher<{ eids: string[] }, GraphEdgeRow>(
  'trace.suppliesBetween',
  `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[:SUPPLIES]->(b)
WHERE elementId(b) IN $eids
RETURN a.id AS source, 'SUPPLIES' AS kind, b.id AS target
`,
  GraphEdgeRow,
);

export const PATH_LIMITS = { maxLength: 8, k: 10 } as const;

const pathQueries = new Map<string, CypherQuery<{ fromId: string; toId: string }, { nodeIds: string[] }>>();

/**
 * The k shortest directed supply paths (Cypher 5 `SHORTEST k`), as lists of company ids. In Neo4j 5.26 both k and
 * the quantifier bound must be literals, so each (k, maxLength) gets its own statement, built from validated
 * integers only and cached.
 */
export function shortestPathsQuery(k: number, maxLength: number) {
  if (!Number.isInteger(k) || k < 1 || k > PATH_LIMITS.k) throw new Error(`k out of range: ${k}`);
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > PATH_LIMITS.maxLength) {
    throw new Error(`maxLength out of range: ${maxLength}`);
  }
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
