import { z } from 'zod';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from '../entities/index.js';

export const CorridorCityRow = z.object({ id: z.string(), role: z.string().nullable() });
export type CorridorCityRow = z.infer<typeof CorridorCityRow>;

/** Every city with its role (MEMBER cities are the corridor). */
export const CORRIDOR_CITIES = cypher<Record<string, never>, CorridorCityRow>(
  'overview.cities',
  `
MATCH (c:City)
RETURN c.id AS id, c.role AS role
ORDER BY c.id
`,
  CorridorCityRow,
);

export const ChainRow = z.object({ industryId: z.string(), segmentIds: z.array(z.string()) });
export type ChainRow = z.infer<typeof ChainRow>;

/** Every industry with its segments in chain order (upstream first). */
export const CORRIDOR_CHAINS = cypher<Record<string, never>, ChainRow>(
  'overview.chains',
  `
MATCH (i:Industry)
OPTIONAL MATCH (i)<-[:PART_OF]-(s:Segment)
WITH i, s ORDER BY s.position, s.id
RETURN i.id AS industryId, collect(s.id) AS segmentIds
ORDER BY i.id
`,
  ChainRow,
);

export const CorridorCompanyRow = z.object({
  id: z.string(),
  founded: z.string().nullable(),
  cityId: z.string().nullable(),
  segmentIds: z.array(z.string()),
  customerIds: z.array(z.string()),
  /** The `since` of each link to `customerIds`, in the same order. */
  customerSince: z.array(z.string().nullable()),
});
export type CorridorCompanyRow = z.infer<typeof CorridorCompanyRow>;

/**
 * The whole supply graph in one pass, one row per company: its city (the first by id, as `Company.city`), segments
 * and the links it supplies with their start years. Aggregated in the server (corridorFacts.ts): at L one such
 * read takes ~3 s where grouping the 1M links in Cypher by city pair and by segment pair took ~14 s.
 */
export const CORRIDOR_COMPANIES = cypher<Record<string, never>, CorridorCompanyRow>(
  'overview.companies',
  `
MATCH (c:Company)
RETURN c.id AS id, toString(c.founded) AS founded,
  [(c)-[:LOCATED_IN]->(city:City) | city.id][0] AS cityId,
  [(c)-[:OPERATES_IN]->(s:Segment) | s.id] AS segmentIds,
  [(c)-[:SUPPLIES]->(b:Company) | b.id] AS customerIds,
  [(c)-[r:SUPPLIES]->(:Company) | toString(r.since)] AS customerSince
`,
  CorridorCompanyRow,
);

export const InstitutionRow = z.object({
  kind: z.enum(['Alliance', 'Park', 'Project']),
  date: z.string().nullable(),
  cityIds: z.array(z.string()),
});
export type InstitutionRow = z.infer<typeof InstitutionRow>;

/**
 * Alliances (by the city hosting them and their founding), parks (their city; parks carry no date) and projects
 * (the city they are in and the cities they involve, by signing date).
 */
export const CORRIDOR_INSTITUTIONS = cypher<Record<string, never>, InstitutionRow>(
  'overview.institutions',
  `
MATCH (a:Alliance)
RETURN 'Alliance' AS kind, toString(a.founded) AS date, [(a)-[:HOSTED_IN]->(c:City) | c.id] AS cityIds
UNION ALL
MATCH (p:Park)
RETURN 'Park' AS kind, null AS date, [(p)-[:LOCATED_IN]->(c:City) | c.id] AS cityIds
UNION ALL
MATCH (p:Project)
RETURN 'Project' AS kind, toString(p.signedOn) AS date, [(p)-[:LOCATED_IN|INVOLVES]->(c:City) | c.id] AS cityIds
`,
  InstitutionRow,
);

export const SegmentCompanyRow = RawEntityRow.extend({ suppliers: z.number(), customers: z.number() });
export type SegmentCompanyRow = z.infer<typeof SegmentCompanyRow>;

export interface SegmentCompaniesParams extends Record<string, unknown> {
  segmentId: string;
  cityId: string | null;
  /** Keyset of the last row seen: its degree and id (null: the first page). */
  afterDegree: number | null;
  afterId: string | null;
  first: number;
}

/**
 * A page of a segment's companies (in one city, or all), most supply links first, then by id. Degrees come from
 * the relationship counts Neo4j keeps per node, so ordering a segment's few thousand companies reads no links.
 */
export const SEGMENT_COMPANIES = cypher<SegmentCompaniesParams, SegmentCompanyRow>(
  'overview.segmentCompanies',
  `
MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)
WHERE $cityId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:City {id: $cityId}) }
WITH c, COUNT { (c)<-[:SUPPLIES]-() } AS suppliers, COUNT { (c)-[:SUPPLIES]->() } AS customers
WITH c, suppliers, customers, suppliers + customers AS degree
WHERE $afterId IS NULL OR degree < $afterDegree OR (degree = $afterDegree AND c.id > $afterId)
RETURN 'Company' AS label, properties(c) AS props, suppliers, customers
ORDER BY degree DESC, c.id
LIMIT toInteger($first) + 1
`,
  SegmentCompanyRow,
);

/** How many companies `SEGMENT_COMPANIES` pages through; no row when there is no such segment. */
export const SEGMENT_COMPANY_COUNT = cypher<{ segmentId: string; cityId: string | null }, { n: number }>(
  'overview.segmentCompanyCount',
  `
MATCH (s:Segment {id: $segmentId})
RETURN COUNT {
  (s)<-[:OPERATES_IN]-(c:Company)
  WHERE $cityId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:City {id: $cityId}) }
} AS n
`,
  z.object({ n: z.number() }),
);
