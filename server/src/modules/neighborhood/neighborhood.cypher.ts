import { cypher } from '../../db/query.js';
import { GRAPH_NODE_PROJECTION, GraphNodeRow } from '../subgraph/index.js';

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
