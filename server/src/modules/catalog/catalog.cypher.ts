import { assertLabel, type NodeLabel } from '@g60/graph-schema';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/query.js';
import { RawEntityRow } from '../entities/index.js';

export const CountRow = z.object({ id: z.string(), n: z.number() });
export type CountRow = z.infer<typeof CountRow>;

/** Companies operating in each industry (two hops, counted once each). */
export const INDUSTRY_COMPANY_COUNT = cypher<{ ids: string[] }, CountRow>(
  'catalog.industryCompanyCount',
  `
MATCH (i:Industry) WHERE i.id IN $ids
RETURN i.id AS id, COUNT { MATCH (i)<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company) RETURN DISTINCT c } AS n
`,
  CountRow,
);

export const SEGMENT_COMPANY_COUNT = cypher<{ ids: string[] }, CountRow>(
  'catalog.segmentCompanyCount',
  `
MATCH (s:Segment) WHERE s.id IN $ids
RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-(:Company) } AS n
`,
  CountRow,
);

export const FeedRow = z.object({ industryId: z.string(), from: z.string(), to: z.string() });
export type FeedRow = z.infer<typeof FeedRow>;

export const FEEDS_OF_INDUSTRIES = cypher<{ ids: string[] }, FeedRow>(
  'catalog.feeds',
  `
MATCH (i:Industry)<-[:PART_OF]-(a:Segment)-[:FEEDS]->(b:Segment)-[:PART_OF]->(i) WHERE i.id IN $ids
RETURN i.id AS industryId, a.id AS from, b.id AS to
ORDER BY a.position, b.position
`,
  FeedRow,
);

/** Every entity of one label, in a stable order. */
function allOfLabel(label: NodeLabel, orderBy: string): CypherQuery<Record<string, never>, RawEntityRow> {
  const l = assertLabel(label);
  return cypher(
    `catalog.all.${l}`,
    `
MATCH (n:${l})
RETURN '${l}' AS label, properties(n) AS props
ORDER BY ${orderBy}
`,
    RawEntityRow,
  );
}

/** The lists of the catalog, one statement per label, by the order each list documents. */
export const ALL_OF = {
  Industry: allOfLabel('Industry', 'n.nameZh'),
  Alliance: allOfLabel('Alliance', 'coalesce(n.founded, "9999"), n.id'),
  Park: allOfLabel('Park', 'head([(n)-[:LOCATED_IN]->(c:City) | c.id]), n.nameZh'),
  Project: allOfLabel('Project', 'coalesce(n.signedOn, "9999"), n.id'),
  Agreement: allOfLabel('Agreement', 'coalesce(n.signedOn, "9999"), n.id'),
} as const;
export type CatalogLabel = keyof typeof ALL_OF;
