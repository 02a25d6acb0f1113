import { z } from 'zod';
import { perDirection, towards } from '../../db/direction.js';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from '../entities/index.js';

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

type PageParams = CompanyFilterParams & { after: string | null; first: number };

/**
 * Where a page of companies starts. The planner cannot know how many companies a filter keeps, and its guess at
 * corridor scale is poor (0.7 s for 合肥 × NEV where a walk of the id index takes 20 ms), so the store chooses:
 * - a segment, park or alliance filter keeps at most a few thousand companies: start from that node;
 * - otherwise first `PROBE`: walk the id index in order over a bounded window, which fills a page at once when
 *   the filter keeps more than a few percent of companies (a city, an industry, both);
 * - when the window did not fill the page, start from the industry or the cities, else walk the whole index.
 */
export const ANCHORS = ['Segment', 'Park', 'Alliance', 'Industry', 'City', 'Index'] as const;
export type Anchor = (typeof ANCHORS)[number];

const ANCHOR_MATCH: Record<Anchor, string> = {
  Segment: 'MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)',
  Park: 'MATCH (:Park {id: $parkId})<-[:IN_PARK]-(c:Company)',
  Alliance: 'MATCH (:Alliance {id: $allianceId})<-[:MEMBER_OF]-(c:Company)',
  Industry: 'MATCH (:Industry {id: $industryId})<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company)',
  City: 'MATCH (x:City)<-[:LOCATED_IN]-(c:Company) WHERE x.id IN $cityIds',
  Index: "MATCH (c:Company) USING INDEX c:Company(id) WHERE c.id > coalesce($after, '')",
};

function pageFrom(anchor: Anchor) {
  return cypher<PageParams, RawEntityRow>(
    `companies.page.${anchor}`,
    `
${ANCHOR_MATCH[anchor]}
WITH DISTINCT c
WHERE ($after IS NULL OR c.id > $after) AND ${FILTER}
RETURN 'Company' AS label, properties(c) AS props
ORDER BY c.id
LIMIT toInteger($first) + 1
`,
    RawEntityRow,
  );
}

function countFrom(anchor: Anchor) {
  return cypher<CompanyFilterParams & { after: null }, { n: number }>(
    `companies.count.${anchor}`,
    `
${ANCHOR_MATCH[anchor]}
WITH DISTINCT c
WHERE ${FILTER}
RETURN count(c) AS n
`,
    z.object({ n: z.number() }),
  );
}

export const COMPANIES_PAGE = Object.fromEntries(ANCHORS.map((a) => [a, pageFrom(a)])) as Record<
  Anchor,
  ReturnType<typeof pageFrom>
>;
export const COMPANIES_COUNT = Object.fromEntries(ANCHORS.map((a) => [a, countFrom(a)])) as Record<
  Anchor,
  ReturnType<typeof countFrom>
>;

/** Companies scanned by the probe before it gives up on filling a page from the id index. */
export const PROBE_WINDOW = 4000;

/** The first page of matches among the next `window` companies in id order (fewer rows: look elsewhere). */
export const COMPANIES_PROBE = cypher<PageParams & { window: number }, RawEntityRow>(
  'companies.probe',
  `
MATCH (c:Company) USING INDEX c:Company(id)
WHERE c.id > coalesce($after, '')
WITH c ORDER BY c.id
LIMIT toInteger($window)
WITH c WHERE ${FILTER}
RETURN 'Company' AS label, properties(c) AS props
ORDER BY c.id
LIMIT toInteger($first) + 1
`,
  RawEntityRow,
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

const Props = z.record(z.string(), z.unknown());

export const PartnerRow = RawEntityRow.extend({
  product: z.string().nullable(),
  since: z.string().nullable(),
  /** The partner's city, read with it (the first by id, as `Company.city`). */
  city: Props.nullable(),
});
export type PartnerRow = z.infer<typeof PartnerRow>;

/**
 * One page of a company's suppliers (UPSTREAM) or customers (DOWNSTREAM) after the partner id `after`, with the
 * link's product and year; one row more than asked says whether a next page exists.
 */
export const PARTNERS_PAGE = perDirection((direction) =>
  cypher<{ companyId: string; after: string | null; first: number }, PartnerRow>(
    `companies.partners.${direction}`,
    `
MATCH (:Company {id: $companyId})${towards(direction, 'SUPPLIES', 'r')}(p:Company)
WHERE $after IS NULL OR p.id > $after
WITH p, r ORDER BY p.id
LIMIT toInteger($first) + 1
CALL (p) {
  MATCH (p)-[:LOCATED_IN]->(x:City)
  WITH x ORDER BY x.id
  RETURN head(collect(properties(x))) AS city
}
RETURN 'Company' AS label, properties(p) AS props, r.product AS product, r.since AS since, city
`,
    PartnerRow,
  ),
);

export const CompanyCardRow = z.object({
  props: Props,
  city: Props.nullable(),
  segments: z.array(Props),
  memberships: z.array(z.object({ props: Props, role: z.string().nullable() })),
  suppliers: z.number(),
  customers: z.number(),
});
export type CompanyCardRow = z.infer<typeof CompanyCardRow>;

/**
 * A company with what its card shows — city, segments (chain order), alliances with the role, supplier and
 * customer counts — in one statement: the fields a lookup asks for next, read in the same round trip (the ordering
 * of each list is the one of the one-hop loaders it stands in for).
 */
export const COMPANY_CARDS = cypher<{ ids: string[] }, CompanyCardRow>(
  'companies.cards',
  `
MATCH (c:Company) WHERE c.id IN $ids
CALL (c) {
  MATCH (c)-[:LOCATED_IN]->(x:City)
  WITH x ORDER BY x.id
  RETURN head(collect(properties(x))) AS city
}
CALL (c) {
  MATCH (c)-[:OPERATES_IN]->(s:Segment)
  WITH s ORDER BY coalesce(s.position, 0), s.id
  RETURN collect(properties(s)) AS segments
}
CALL (c) {
  MATCH (c)-[r:MEMBER_OF]->(a:Alliance)
  WITH a, r ORDER BY a.id
  RETURN collect({props: properties(a), role: r.role}) AS memberships
}
RETURN properties(c) AS props, city, segments, memberships,
  COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers
`,
  CompanyCardRow,
);
