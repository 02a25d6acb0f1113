import { perLabel } from '../../db/perLabel.js';
import { cypher } from '../../db/query.js';
import { GRAPH_NODE_PROJECTION, GraphEdgeRow, GraphNodeRow } from './subgraph.rows.js';

/** The node a subgraph grows from, found through its label's id index. */
export const NODE_BY_ID = perLabel((l) =>
  cypher<{ id: string }, GraphNodeRow>(
    `subgraph.node.${l}`,
    `
MATCH (m:${l} {id: $id})
RETURN ${GRAPH_NODE_PROJECTION}
`,
    GraphNodeRow,
  ),
);

/** Graph nodes of the given companies (for drawing paths). */
export const COMPANY_NODES = cypher<{ ids: string[] }, GraphNodeRow>(
  'subgraph.companyNodes',
  `
UNWIND $ids AS id
MATCH (m:Company {id: id})
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

/** SUPPLIES links between the given companies. */
export const SUPPLIES_BETWEEN = cypher<{ eids: string[] }, GraphEdgeRow>(
  'subgraph.suppliesBetween',
  `
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[:SUPPLIES]->(b)
WHERE elementId(b) IN $eids
RETURN a.id AS source, 'SUPPLIES' AS kind, b.id AS target
`,
  GraphEdgeRow,
);
