import { z } from 'zod';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from '../entities/entity.rows.js';

export interface CompanyFilterParams extends Record<string, unknown> {
  cityIds: string[] | null;
  industryId: string | null;
  segmentId: string | null;
  parkId: string | null;
  allianceId: string | null;
  name: string | null;
  synthetic: boolean | null;
}

// Unset filters are null and drop out; ORDER BY c.id walks the id index so a page stops after first + 1 rows.
const FILTER = `
  ($synthetic IS NULL OR c.synthetic = $synthetic)
  AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
       OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
  AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
  AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
  AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
  AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
  AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })`;

export const COMPANIES_PAGE = cypher<CompanyFilterParams & { after: string | null; first: number }, RawEntityRow>(
  'companies.page',
  `
MATCH (c:Company)
WHERE ($after IS NULL OR c.id > $after) AND ${FILTER}
RETURN 'Company' AS label, properties(c) AS props
ORDER BY c.id
LIMIT toInteger($first) + 1
`,
  RawEntityRow,
);

export const COMPANIES_COUNT = cypher<CompanyFilterParams, { n: number }>(
  'companies.count',
  `
MATCH (c:Company)
WHERE ${FILTER}
RETURN count(c) AS n
`,
  z.object({ n: z.number() }),
);

export const SupplyDegreeRow = z.object({ id: z.string(), suppliers: z.number(), customers: z.number() });
export type SupplyDegreeRow = z.infer<typeof SupplyDegreeRow>;

export const SUPPLY_DEGREE = cypher<{ ids: string[] }, SupplyDegreeRow>(
  'companies.supplyDegree',
  `
MATCH (c:Company) WHERE c.id IN $ids
RETURN c.id AS id, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers
`,
  SupplyDegreeRow,
);
