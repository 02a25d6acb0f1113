/**
 * Rows of graph-shaped answers (Subgraph), shared by every query that returns nodes and edges for Cytoscape.
 */
import { NODE_LABELS } from '@g60/graph-schema';
import { z } from 'zod';

export const GraphNodeRow = z.object({
  eid: z.string(),
  id: z.string(),
  label: z.enum(NODE_LABELS),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  synthetic: z.boolean(),
  cityId: z.string().nullable(),
  date: z.string().nullable(),
});
export type GraphNodeRow = z.infer<typeof GraphNodeRow>;

export const GraphEdgeRow = z.object({ source: z.string(), kind: z.string(), target: z.string() });
export type GraphEdgeRow = z.infer<typeof GraphEdgeRow>;

/** Cypher projection of a node `m` into a GraphNodeRow. */
export const GRAPH_NODE_PROJECTION = `
  elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
  coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
  CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId`;
