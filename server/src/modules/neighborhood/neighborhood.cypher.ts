import { perLabel } from '../../db/perLabel.js';
import { cypher } from '../../db/query.js';
import { GRAPH_NODE_PROJECTION, GraphEdgeRow, GraphNodeRow } from './graph.rows.js';

export const NEIGHBORHOOD_START = perLabel((l) =>
  cypher<{ id: string }, GraphNodeRow>(
    `neighborhood.start.${l}`,
    `
MATCH (m:${l} {id: $id})
RETURN ${GRAPH_NODE_PROJECTION}
`,
    GraphNodeRow,
  ),
);

/**
 * One breadth-first step: the unseen neighbours of the frontier over every relationship except citations, at
 * most $cap of them — curated facts before synthetic data, then by id, so a cut-short answer keeps what the
 * articles say and the same request gives the same answer.
 */
export const NEIGHBORHOOD_STEP = cypher<{ frontier: string[]; seen: string[]; cap: number }, GraphNodeRow>(
  'neighborhood.step',
  `
UNWIND $frontier AS eid
MATCH (f) WHERE elementId(f) = eid
MATCH (f)-[r]-(m)
WHERE type(r) <> 'CITED_IN' AND NOT elementId(m) IN $seen
WITH DISTINCT m
ORDER BY coalesce(m.synthetic, false), m.id
LIMIT toInteger($cap)
RETURN ${GRAPH_NODE_PROJECTION}
`,
  GraphNodeRow,
);

/** Every relationship (except citations) between the given nodes. */
export const EDGES_BETWEEN = cypher<{ eids: string[] }, GraphEdgeRow>(
  'subgraph.edgesBetween',
  `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE type(r) <> 'CITED_IN' AND elementId(b) IN $eids
RETURN a.id AS source, type(r) AS kind, b.id AS target
`,
  GraphEdgeRow,
);
