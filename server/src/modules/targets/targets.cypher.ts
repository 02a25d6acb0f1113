import { z } from 'zod';
import { cypher } from '../../db/query.js';

const Named = z.object({ id: z.string(), nameZh: z.string() });

/**
 * What ties a company to the city: alliances that have a member company there, parks that hold one of its
 * companies or lie in it. A candidate from elsewhere sharing one of these already knows the city's firms. With the
 * member cities' places, for the candidates' distances.
 */
export const CityTiesRow = z.object({
  lat: z.number(),
  lng: z.number(),
  alliances: z.array(Named),
  parks: z.array(Named),
  members: z.array(z.object({ id: z.string(), lat: z.number(), lng: z.number() })),
});
export type CityTiesRow = z.infer<typeof CityTiesRow>;

/** No row: no such city. */
export const CITY_TIES = cypher<{ cityId: string }, CityTiesRow>(
  'targets.cityTies',
  `
MATCH (city:City {id: $cityId})
RETURN city.lat AS lat, city.lng AS lng,
  COLLECT { MATCH (city)<-[:LOCATED_IN]-(:Company)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a {.id, .nameZh} } AS alliances,
  COLLECT {
    MATCH (city)<-[:LOCATED_IN]-(:Company)-[:IN_PARK]->(p:Park) RETURN p {.id, .nameZh} AS p
    UNION
    MATCH (city)<-[:LOCATED_IN]-(p:Park) RETURN p {.id, .nameZh} AS p
  } AS parks,
  COLLECT { MATCH (m:City {role: 'MEMBER'}) RETURN m {.id, .lat, .lng} } AS members
`,
  CityTiesRow,
);

export const SegmentCandidatesRow = z.object({
  segmentId: z.string(),
  ids: z.array(z.string()),
  cityIds: z.array(z.string()),
  /** Each company's alliances and parks, ids together: the city's ties tell which is which. */
  tieIds: z.array(z.array(z.string())),
  customers: z.array(z.number()),
});
export type SegmentCandidatesRow = z.infer<typeof SegmentCandidatesRow>;

/**
 * Every company of the given segments in a member city, with its alliances and parks and how many companies it
 * supplies: the same for every city's list (each leaves out its own companies), so it is read once per segment.
 * One row a segment, its companies in parallel lists: at L a segment has up to 10,000 companies, and a record
 * each cost the server more to decode than the database to find them. Names are read only for the candidates a
 * list shows (CANDIDATE_NAMES).
 */
export const SEGMENT_CANDIDATES = cypher<{ segmentIds: string[] }, SegmentCandidatesRow>(
  'targets.segmentCandidates',
  `
UNWIND $segmentIds AS segmentId
MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
WITH segmentId, c, home.id AS cityId
RETURN segmentId, collect(c.id) AS ids, collect(cityId) AS cityIds,
  collect([(c)-[:MEMBER_OF|IN_PARK]->(x) | x.id]) AS tieIds,
  collect(COUNT { (c)-[:SUPPLIES]->() }) AS customers
`,
  SegmentCandidatesRow,
);

export const CandidateNamesRow = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  uscc: z.string().nullable(),
});
export type CandidateNamesRow = z.infer<typeof CandidateNamesRow>;

export const CANDIDATE_NAMES = cypher<{ ids: string[] }, CandidateNamesRow>(
  'targets.candidateNames',
  `
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc
`,
  CandidateNamesRow,
);

const Counts = z.object({ ids: z.array(z.string()), counts: z.array(z.number()) });
export type CountsRow = z.infer<typeof Counts>;

/**
 * How many companies of the city each candidate supplies, counted per candidate: a scan of every customer's
 * relationships for its city, cheap for a short list (~55 µs a candidate at L).
 */
export const CUSTOMERS_IN_CITY = cypher<{ ids: string[]; cityId: string }, CountsRow>(
  'targets.customersInCity',
  `
UNWIND $ids AS id
MATCH (c:Company {id: id})
WITH id, COUNT { (c)-[:SUPPLIES]->(:Company)-[:LOCATED_IN]->(:City {id: $cityId}) } AS n
RETURN collect(id) AS ids, collect(n) AS counts
`,
  Counts,
);

/**
 * The same counts from the city's side: every company supplying companies of the city, with how many of them (a
 * SUPPLIES path each). One walk over the city's companies, whatever the candidates; cheaper for long lists. One
 * row, the suppliers in two parallel lists (a record each cost more than the walk: 48,000 suppliers for Hefei at L).
 */
export const CITY_SUPPLIERS = cypher<{ cityId: string }, CountsRow>(
  'targets.citySuppliers',
  `
MATCH (:City {id: $cityId})<-[:LOCATED_IN]-(:Company)<-[:SUPPLIES]-(s:Company)
WITH s.id AS id, count(*) AS n
RETURN collect(id) AS ids, collect(n) AS counts
`,
  Counts,
);
