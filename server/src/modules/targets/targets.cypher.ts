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

/**
 * Every company of the given segments in another member city, with its ties to the city (shared alliances and
 * parks by name, companies of the city it already supplies) and how many companies it supplies in all.
 */
export const TARGET_CANDIDATES = cypher<
  { segmentIds: string[]; cityId: string; allianceIds: string[]; parkIds: string[] },
  TargetCandidateRow
>(
  'targets.candidates',
  `
UNWIND $segmentIds AS segmentId
MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
WHERE home.id <> $cityId
RETURN segmentId, c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, home.id AS cityId, home.lat AS lat, home.lng AS lng,
  [(c)-[:MEMBER_OF]->(a:Alliance) WHERE a.id IN $allianceIds | a.nameZh] AS alliances,
  [(c)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds | p.nameZh] AS parks,
  COUNT { (c)-[:SUPPLIES]->(:Company)-[:LOCATED_IN]->(:City {id: $cityId}) } AS customersInCity,
  COUNT { (c)-[:SUPPLIES]->() } AS customers
`,
  TargetCandidateRow,
);
