/**
 * What the analyses read from Neo4j: an industry's projection (projection.ts) in three statements over its
 * segments, its FEEDS links and its companies, the cities, and the member cities' places for a scenario's
 * added companies.
 */
import { z } from 'zod';
import { cypher } from '../db/query.js';

/** Every city, and whether it is a member of the corridor. */
export const CITIES = cypher<Record<string, never>, { id: string; member: boolean }>(
  'analysis.cities',
  `
MATCH (c:City) RETURN c.id AS id, c.role = 'MEMBER' AS member ORDER BY c.id
`,
  z.object({ id: z.string(), member: z.boolean() }),
);

/** FEEDS links of one industry. */
export const INDUSTRY_FEEDS = cypher<{ industryId: string }, { from: string; to: string }>(
  'analysis.industryFeeds',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(u:Segment)-[:FEEDS]->(d:Segment)
RETURN u.id AS from, d.id AS to
`,
  z.object({ from: z.string(), to: z.string() }),
);

/** The segments of one industry in chain order, with their stage. */
export const INDUSTRY_SEGMENTS = cypher<{ industryId: string }, { id: string; stage: string }>(
  'analysis.industrySegments',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)
RETURN s.id AS id, s.stage AS stage
ORDER BY s.position, s.id
`,
  z.object({ id: z.string(), stage: z.string() }),
);

export interface ProjectedCompany {
  id: string;
  segmentIds: string[];
  cityIds: string[];
  /** Every company it supplies, inside the industry or not. */
  customerIds: string[];
  /** How many companies supply it, inside the industry or not. */
  inDegree: number;
}

/**
 * The industry as the in-process analyses need it, in one pass over its companies: each company's segments, cities,
 * customers and supplier count. Filtering customers to the industry happens in the server (a set lookup), not as
 * a pattern per link in Cypher, which costs ten times the database hits at corridor scale (docs/analysis.md).
 */
export const INDUSTRY_PROJECTION = cypher<{ industryId: string }, ProjectedCompany>(
  'analysis.industryProjection',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)
WITH c, collect(s.id) AS segmentIds
RETURN c.id AS id, segmentIds,
  [(c)-[:LOCATED_IN]->(city:City) | city.id] AS cityIds,
  [(c)-[:SUPPLIES]->(b:Company) | b.id] AS customerIds,
  COUNT { (c)<-[:SUPPLIES]-() } AS inDegree
`,
  z.object({
    id: z.string(),
    segmentIds: z.array(z.string()),
    cityIds: z.array(z.string()),
    customerIds: z.array(z.string()),
    inDegree: z.number(),
  }),
);

/** Member cities and where they are (a company a scenario adds is placed at its city). */
export const MEMBER_CITY_PLACES = cypher<Record<string, never>, { id: string; lat: number; lng: number }>(
  'analysis.memberCityPlaces',
  `MATCH (c:City {role: 'MEMBER'}) RETURN c.id AS id, c.lat AS lat, c.lng AS lng ORDER BY c.id`,
  z.object({ id: z.string(), lat: z.number(), lng: z.number() }),
);
