import { z } from 'zod';
import { cypher } from '../../db/query.js';

export const CityTotalRow = z.object({ companies: z.number() });
export type CityTotalRow = z.infer<typeof CityTotalRow>;

/** The city's company count; no row when there is no such city. */
export const CITY_TOTAL = cypher<{ cityId: string }, CityTotalRow>(
  'cities.total',
  `
MATCH (city:City {id: $cityId})
RETURN COUNT { (city)<-[:LOCATED_IN]-(:Company) } AS companies
`,
  CityTotalRow,
);

export const IndustrySegmentRow = z.object({
  industryId: z.string(),
  companies: z.number(),
  segmentId: z.string(),
  n: z.number(),
});
export type IndustrySegmentRow = z.infer<typeof IndustrySegmentRow>;

/**
 * For each industry the city's companies operate in: their number, then every segment of its chain in order with
 * the city's count there. A company in two segments of one industry counts once for the industry.
 */
export const CITY_INDUSTRY_SEGMENTS = cypher<{ cityId: string }, IndustrySegmentRow>(
  'cities.industrySegments',
  `
MATCH (city:City {id: $cityId})<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(i:Industry)
WITH city, i, count(DISTINCT c) AS companies
MATCH (i)<-[:PART_OF]-(s:Segment)
RETURN i.id AS industryId, companies, s.id AS segmentId,
       COUNT { (s)<-[:OPERATES_IN]-(:Company)-[:LOCATED_IN]->(city) } AS n
ORDER BY companies DESC, i.id, s.position, s.id
`,
  IndustrySegmentRow,
);
