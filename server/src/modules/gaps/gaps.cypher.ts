import { z } from 'zod';
import { opposite, perDirection, towards } from '../../db/direction.js';
import { cypher } from '../../db/query.js';

/** Company count per (segment, city) for one industry, over the given cities. */
export const SEGMENT_CITY_COUNTS = cypher<
  { industryId: string; cityIds: string[] },
  { segmentId: string; counts: { cityId: string; n: number }[] }
>(
  'gaps.segmentCityCounts',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)
CALL (s) {
  MATCH (s)<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City)
  WHERE city.id IN $cityIds
  WITH city.id AS cityId, count(DISTINCT c) AS n
  RETURN collect({cityId: cityId, n: n}) AS counts
}
RETURN s.id AS segmentId, counts
ORDER BY s.position, s.id
`,
  z.object({ segmentId: z.string(), counts: z.array(z.object({ cityId: z.string(), n: z.number() })) }),
);

export const INDUSTRY_EXISTS = cypher<{ industryId: string }, { exists: boolean }>(
  'gaps.industryExists',
  `
OPTIONAL MATCH (i:Industry {id: $industryId})
RETURN i IS NOT NULL AS exists
`,
  z.object({ exists: z.boolean() }),
);

/** Which of the ids are cities. */
export const EXISTING_CITIES = cypher<{ ids: string[] }, { id: string }>(
  'gaps.existingCities',
  `
MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id
`,
  z.object({ id: z.string() }),
);

export const MEMBER_CITY_IDS = cypher<Record<string, never>, { id: string }>(
  'gaps.memberCities',
  `
MATCH (c:City {role: 'MEMBER'}) RETURN c.id AS id ORDER BY c.id
`,
  z.object({ id: z.string() }),
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
 */
export const CANDIDATES = perDirection((direction) =>
  cypher<{ companyId: string; segmentIds: string[] }, CandidateRow>(
    `gaps.candidates.${direction}`,
    `
MATCH (x:Company {id: $companyId})
UNWIND $segmentIds AS segmentId
MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
WHERE c <> x
RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
  [(c)-[:MEMBER_OF]->(a:Alliance)<-[:MEMBER_OF]-(x) | a.nameZh] AS sharedAlliances,
  [(c)-[:IN_PARK]->(p:Park)<-[:IN_PARK]-(x) | p.nameZh] AS sharedParks,
  COUNT { (c)${towards(opposite(direction), 'SUPPLIES')}(:Company) } AS trackRecord
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

/**
 * Linked pairs along FEEDS between member cities: one row per (FEEDS link, supplier, customer), the same unit in
 * which potential is counted, so actual ≤ potential.
 */
export const ACTUAL_CITY_LINKS = cypher<{ industryId: string }, { from: string; to: string; n: number }>(
  'gaps.actualCityLinks',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(u:Segment)-[:FEEDS]->(d:Segment)
MATCH (u)<-[:OPERATES_IN]-(a:Company)-[:SUPPLIES]->(b:Company)-[:OPERATES_IN]->(d)
MATCH (a)-[:LOCATED_IN]->(ca:City {role: 'MEMBER'})
MATCH (b)-[:LOCATED_IN]->(cb:City {role: 'MEMBER'})
WHERE ca <> cb
RETURN ca.id AS from, cb.id AS to, count(*) AS n
`,
  z.object({ from: z.string(), to: z.string(), n: z.number() }),
);

/** The best-connected companies per (segment, member city) of an industry: suppliers by customers, and back. */
export const TOP_COMPANIES = cypher<
  { industryId: string; top: number },
  { segmentId: string; cityId: string; suppliers: string[]; customers: string[] }
>(
  'gaps.topCompanies',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
WITH s, city, c, COUNT { (c)-[:SUPPLIES]->(:Company) } AS outDegree, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS inDegree
ORDER BY outDegree DESC, c.id
WITH s, city, collect(c.id)[..toInteger($top)] AS suppliers, collect({id: c.id, inDegree: inDegree}) AS all
UNWIND all AS entry
WITH s, city, suppliers, entry ORDER BY entry.inDegree DESC, entry.id
WITH s, city, suppliers, collect(entry.id)[..toInteger($top)] AS customers
RETURN s.id AS segmentId, city.id AS cityId, suppliers, customers
`,
  z.object({
    segmentId: z.string(),
    cityId: z.string(),
    suppliers: z.array(z.string()),
    customers: z.array(z.string()),
  }),
);

export const EXISTING_LINKS = cypher<{ pairs: { a: string; b: string }[] }, { a: string; b: string }>(
  'gaps.existingLinks',
  `
UNWIND $pairs AS pair
MATCH (a:Company {id: pair.a})-[:SUPPLIES]->(b:Company {id: pair.b})
RETURN a.id AS a, b.id AS b
`,
  z.object({ a: z.string(), b: z.string() }),
);

/** Companies of an industry with the stages of their segments there. */
export const INDUSTRY_COMPANIES = cypher<{ industryId: string }, { id: string; stages: string[] }>(
  'gaps.industryCompanies',
  `
MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)
RETURN c.id AS id, collect(DISTINCT s.stage) AS stages
`,
  z.object({ id: z.string(), stages: z.array(z.string()) }),
);

/** SUPPLIES links between companies of an industry. */
export const INDUSTRY_SUPPLIES = cypher<{ industryId: string }, { from: string; to: string }>(
  'gaps.industrySupplies',
  `
MATCH (i:Industry {id: $industryId})<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(a:Company)
MATCH (a)-[:SUPPLIES]->(b:Company)
WHERE EXISTS { (b)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(i) }
RETURN DISTINCT a.id AS from, b.id AS to
`,
  z.object({ from: z.string(), to: z.string() }),
);
