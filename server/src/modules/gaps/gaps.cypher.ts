import { z } from 'zod';
import { opposite, perDirection, towards } from '../../db/direction.js';
import { cypher } from '../../db/query.js';

/** Every city, and whether it is a member of the corridor. */
export const CITIES = cypher<Record<string, never>, { id: string; member: boolean }>(
  'gaps.cities',
  `
MATCH (c:City) RETURN c.id AS id, c.role = 'MEMBER' AS member ORDER BY c.id
`,
  z.object({ id: z.string(), member: z.boolean() }),
);

const PartnerSegmentRow = z.object({
  ownSegmentId: z.string(),
  segmentId: z.string(),
  partnerIds: z.array(z.string()),
});
export type PartnerSegmentRow = z.infer<typeof PartnerSegmentRow>;

/**
 * For each segment the company operates in, the neighbouring segments of its chain (those feeding it, UPSTREAM, or
 * fed by it, DOWNSTREAM) and the company's partners there (its suppliers or customers in that segment).
 */
export const PARTNERS = perDirection((direction) =>
  cypher<{ companyId: string }, PartnerSegmentRow>(
    `gaps.partners.${direction}`,
    `
MATCH (x:Company {id: $companyId})-[:OPERATES_IN]->(own:Segment)${towards(direction, 'FEEDS')}(n:Segment)
CALL (x, n) {
  OPTIONAL MATCH (x)${towards(direction, 'SUPPLIES')}(p:Company)-[:OPERATES_IN]->(n)
  RETURN collect(DISTINCT p.id) AS partnerIds
}
RETURN own.id AS ownSegmentId, n.id AS segmentId, partnerIds
ORDER BY own.position, n.position, n.id
`,
    PartnerSegmentRow,
  ),
);

export const CandidateRow = z.object({
  segmentId: z.string(),
  id: z.string(),
  cityId: z.string(),
  lat: z.number(),
  lng: z.number(),
  sharedAlliances: z.array(z.string()),
  sharedParks: z.array(z.string()),
  trackRecord: z.number(),
});
export type CandidateRow = z.infer<typeof CandidateRow>;

/**
 * Corridor companies (in member cities) of the gap segments, with the facts the score is made of. Their track
 * record is how many partners they already have on the side the gap is about: the customers of a would-be
 * supplier (UPSTREAM), the suppliers of a would-be customer (DOWNSTREAM).
 *
 * A gap segment can hold thousands of candidates (4,038 for one bench customer at L), so the per-candidate work
 * is kept small (PROFILE: 237k → 75k db hits): the asking company's alliances and parks are read once and each
 * candidate is checked against them, rather than each candidate's memberships expanded and matched back; the
 * track record is a degree (SUPPLIES joins companies only), not an expansion to labelled nodes.
 */
export const CANDIDATES = perDirection((direction) =>
  cypher<{ companyId: string; segmentIds: string[] }, CandidateRow>(
    `gaps.candidates.${direction}`,
    `
MATCH (x:Company {id: $companyId})
CALL (x) {
  OPTIONAL MATCH (x)-[:MEMBER_OF]->(a:Alliance)
  RETURN collect(a) AS alliances
}
CALL (x) {
  OPTIONAL MATCH (x)-[:IN_PARK]->(p:Park)
  RETURN collect(p) AS parks
}
UNWIND $segmentIds AS segmentId
MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
WHERE c <> x
RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
  [a IN alliances WHERE (c)-[:MEMBER_OF]->(a) | a.nameZh] AS sharedAlliances,
  [p IN parks WHERE (c)-[:IN_PARK]->(p) | p.nameZh] AS sharedParks,
  COUNT { (c)${towards(opposite(direction), 'SUPPLIES')}() } AS trackRecord
`,
    CandidateRow,
  ),
);

export const COMPANY_PLACE = cypher<
  { companyId: string },
  { cityId: string | null; lat: number | null; lng: number | null }
>(
  'gaps.companyPlace',
  `
MATCH (x:Company {id: $companyId})
OPTIONAL MATCH (x)-[:LOCATED_IN]->(city:City)
RETURN city.id AS cityId, city.lat AS lat, city.lng AS lng
LIMIT 1
`,
  z.object({ cityId: z.string().nullable(), lat: z.number().nullable(), lng: z.number().nullable() }),
);

/** FEEDS links of one industry. */
export const INDUSTRY_FEEDS = cypher<{ industryId: string }, { from: string; to: string }>(
  'gaps.industryFeeds',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(u:Segment)-[:FEEDS]->(d:Segment)
RETURN u.id AS from, d.id AS to
`,
  z.object({ from: z.string(), to: z.string() }),
);

/** The segments of one industry in chain order, with their stage. */
export const INDUSTRY_SEGMENTS = cypher<{ industryId: string }, { id: string; stage: string }>(
  'gaps.industrySegments',
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
  'gaps.industryProjection',
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
