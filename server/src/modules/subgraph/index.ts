/**
 * The Subgraph shape every graph-shaped answer has, its node projection, and breadth-first growth: used by
 * neighborhood and trace. No query of its own.
 */
export { growFrom, type Growth, type Way } from './breadthFirst.store.js';
export { toSubgraph, type Subgraph, type SubgraphNode } from './subgraph.js';
export { COMPANY_NODES, EDGES_BETWEEN, NODE_BY_ID, SUPPLIES_BETWEEN } from './subgraph.cypher.js';
export { GRAPH_NODE_PROJECTION, GraphEdgeRow, GraphNodeRow } from './subgraph.rows.js';
