import { z } from 'zod';
import { opposite, perDirection, towards } from '../../db/direction.js';
import { cypher } from '../../db/query.js';

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
