import { z } from 'zod';
import { cypher } from '../../db/query.js';

/**
 * What ties a company to the city: alliances that have a member company there, parks that hold one of its
 * companies or lie in it. A candidate from elsewhere sharing one of these already knows the city's firms.
 */
export const CityTiesRow = z.object({
  lat: z.number(),
  lng: z.number(),
  allianceIds: z.array(z.string()),
  parkIds: z.array(z.string()),
});
export type CityTiesRow = z.infer<typeof CityTiesRow>;

/** No row: no such city. */
export const CITY_TIES = cypher<{ cityId: string }, CityTiesRow>(
  'targets.cityTies',
  `
MATCH (city:City {id: $cityId})
RETURN city.lat AS lat, city.lng AS lng,
  COLLECT { MATCH (city)<-[:LOCATED_IN]-(:Company)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS allianceIds,
  COLLECT {
    MATCH (city)<-[:LOCATED_IN]-(:Company)-[:IN_PARK]->(p:Park) RETURN p.id
    UNION
    MATCH (city)<-[:LOCATED_IN]-(p:Park) RETURN p.id
  } AS parkIds
`,
  CityTiesRow,
);

export const TargetCandidateRow = z.object({
  segmentId: z.string(),
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  uscc: z.string().nullable(),
  cityId: z.string(),
  lat: z.number(),
  lng: z.number(),
  alliances: z.array(z.string()),
  parks: z.array(z.string()),
  customersInCity: z.number(),
  customers: z.number(),
});
export type TargetCandidateRow = z.infer<typeof TargetCandidateRow>;

type CandidateParams = { segmentIds: string[]; cityId: string; allianceIds: string[]; parkIds: string[] };

/**
 * Every company of the given segments in another member city, with its ties to the city (shared alliances and
 * parks by name), how many companies it supplies in all, and — `counted` — how many companies of the city it
 * supplies. That count costs a scan of every customer's relationships for its city (a million reads for 30,000
 * candidates at L); for long lists the store counts from the city's side instead (CITY_SUPPLIERS) and the
 * uncounted variant returns 0, filled in from there.
 */
function candidates(counted: boolean) {
  const inCity = counted ? 'COUNT { (c)-[:SUPPLIES]->(:Company)-[:LOCATED_IN]->(:City {id: $cityId}) }' : '0';
  return cypher<CandidateParams, TargetCandidateRow>(
    counted ? 'targets.candidates' : 'targets.candidatesUncounted',
    `
UNWIND $segmentIds AS segmentId
MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
WHERE home.id <> $cityId
RETURN segmentId, c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, home.id AS cityId, home.lat AS lat, home.lng AS lng,
  [(c)-[:MEMBER_OF]->(a:Alliance) WHERE a.id IN $allianceIds | a.nameZh] AS alliances,
  [(c)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds | p.nameZh] AS parks,
  ${inCity} AS customersInCity,
  COUNT { (c)-[:SUPPLIES]->() } AS customers
`,
    TargetCandidateRow,
  );
}

export const TARGET_CANDIDATES = candidates(true);
export const TARGET_CANDIDATES_UNCOUNTED = candidates(false);

/** Every company supplying companies of the city, with how many of them (a SUPPLIES path each, as counted before). */
export const CITY_SUPPLIERS = cypher<{ cityId: string }, { id: string; n: number }>(
  'targets.citySuppliers',
  `
MATCH (:City {id: $cityId})<-[:LOCATED_IN]-(:Company)<-[:SUPPLIES]-(s:Company)
RETURN s.id AS id, count(*) AS n
`,
  z.object({ id: z.string(), n: z.number() }),
);
