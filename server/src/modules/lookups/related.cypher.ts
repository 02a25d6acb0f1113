/**
 * Entities one hop away from a batch of parents, for the relationship fields of the schema (Company.segments,
 * Industry.segments, Agreement.signatories, …). One statement per (parent label, type, direction), built from the
 * closed unions; DataLoader batches every parent of a request into one call.
 */
import { assertLabel, assertRelType, type NodeLabel, type RelType } from '@g60/graph-schema';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/query.js';
import { RawEntityRow } from '../entities/entity.rows.js';

export const RelatedRow = RawEntityRow.extend({ parentId: z.string(), role: z.string().nullable() });
export type RelatedRow = z.infer<typeof RelatedRow>;

export type Direction = 'OUT' | 'IN';

export interface RelatedSpec {
  parent: NodeLabel;
  type: RelType;
  direction: Direction;
}

const cache = new Map<string, CypherQuery<{ ids: string[] }, RelatedRow>>();

export function relatedQuery(spec: RelatedSpec): CypherQuery<{ ids: string[] }, RelatedRow> {
  const key = `${spec.parent}|${spec.type}|${spec.direction}`;
  let query = cache.get(key);
  if (!query) {
    const p = assertLabel(spec.parent);
    const t = assertRelType(spec.type);
    const pattern = spec.direction === 'OUT' ? `(p:${p})-[r:${t}]->(n)` : `(p:${p})<-[r:${t}]-(n)`;
    query = cypher(
      `related.${p}.${t}.${spec.direction}`,
      `
MATCH ${pattern} WHERE p.id IN $ids
RETURN p.id AS parentId, labels(n)[0] AS label, properties(n) AS props, r.role AS role
ORDER BY p.id, coalesce(n.position, 0), n.id
`,
      RelatedRow,
    );
    cache.set(key, query);
  }
  return query;
}

export const CountRow = z.object({ id: z.string(), n: z.number() });

/** Companies operating in each industry (two hops, counted once each). */
export const INDUSTRY_COMPANY_COUNT = cypher<{ ids: string[] }, z.infer<typeof CountRow>>(
  'lookups.industryCompanyCount',
  `
MATCH (i:Industry) WHERE i.id IN $ids
RETURN i.id AS id, COUNT { MATCH (i)<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company) RETURN DISTINCT c } AS n
`,
  CountRow,
);

export const SEGMENT_COMPANY_COUNT = cypher<{ ids: string[] }, z.infer<typeof CountRow>>(
  'lookups.segmentCompanyCount',
  `
MATCH (s:Segment) WHERE s.id IN $ids
RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-(:Company) } AS n
`,
  CountRow,
);

export const SUPPLY_DEGREE = cypher<{ ids: string[] }, { id: string; suppliers: number; customers: number }>(
  'lookups.supplyDegree',
  `
MATCH (c:Company) WHERE c.id IN $ids
RETURN c.id AS id, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers
`,
  z.object({ id: z.string(), suppliers: z.number(), customers: z.number() }),
);

export const FEEDS_OF_INDUSTRIES = cypher<{ ids: string[] }, { industryId: string; from: string; to: string }>(
  'lookups.feeds',
  `
MATCH (i:Industry)<-[:PART_OF]-(a:Segment)-[:FEEDS]->(b:Segment)-[:PART_OF]->(i) WHERE i.id IN $ids
RETURN i.id AS industryId, a.id AS from, b.id AS to
ORDER BY a.position, b.position
`,
  z.object({ industryId: z.string(), from: z.string(), to: z.string() }),
);

/** Every entity of one label, in a stable order. */
export function allOfLabel(
  label: NodeLabel,
  orderBy: string,
): CypherQuery<Record<string, never>, z.infer<typeof RawEntityRow>> {
  const l = assertLabel(label);
  return cypher(
    `lookups.all.${l}`,
    `
MATCH (n:${l})
RETURN '${l}' AS label, properties(n) AS props
ORDER BY ${orderBy}
`,
    RawEntityRow,
  );
}

export const ALL_INDUSTRIES = allOfLabel('Industry', 'n.nameZh');
export const ALL_ALLIANCES = allOfLabel('Alliance', 'coalesce(n.founded, "9999"), n.id');
export const ALL_PARKS = allOfLabel('Park', 'head([(n)-[:LOCATED_IN]->(c:City) | c.id]), n.nameZh');
export const ALL_PROJECTS = allOfLabel('Project', 'coalesce(n.signedOn, "9999"), n.id');
export const ALL_AGREEMENTS = allOfLabel('Agreement', 'coalesce(n.signedOn, "9999"), n.id');
