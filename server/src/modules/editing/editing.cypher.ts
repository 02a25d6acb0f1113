import { z } from 'zod';
import { cypher } from '../../db/query.js';

const Count = z.object({ n: z.number() });

/** Whether something changed, and what: a change set names an update's fields (revisions/changeSets.ts). */
const Written = z.object({ created: z.boolean(), fields: z.array(z.string()) });

/** The fields `$props` changes on `old`, every key whose value differs; `searchKeys` is derived, not a field. */
const CHANGED_FIELDS = `CASE WHEN old IS NULL THEN [] ELSE [k IN keys($props) + [k IN keys(old) WHERE NOT k IN keys($props)]
  WHERE k <> 'searchKeys' AND NOT coalesce(old[k] = $props[k], false)] END`;

export const UPSERT_COMPANY = cypher<{ id: string; props: Record<string, unknown> }, z.infer<typeof Written>>(
  'editing.upsertCompany',
  `
OPTIONAL MATCH (old:Company {id: $id})
WITH old IS NULL AS created, ${CHANGED_FIELDS} AS fields
MERGE (c:Company {id: $id})
SET c = $props
RETURN created, fields
`,
  Written,
);

const Before = z.object({ before: z.array(z.string()) });

/**
 * Replaces the company's city: the old LOCATED_IN goes, the new one comes, in the same transaction. `before`: the
 * cities it was in.
 */
export const SET_COMPANY_CITY = cypher<{ id: string; cityId: string }, { before: string[] }>(
  'editing.setCompanyCity',
  `
MATCH (c:Company {id: $id})
OPTIONAL MATCH (c)-[old:LOCATED_IN]->(was:City)
WITH c, collect(old) AS olds, collect(was.id) AS before
FOREACH (o IN olds | DELETE o)
WITH c, before
MATCH (city:City {id: $cityId})
MERGE (c)-[r:LOCATED_IN]->(city)
SET r.synthetic = false, r.sources = coalesce(r.sources, [])
RETURN before
`,
  Before,
);

/** Replaces the company's segments; `before`: the segments it was in. */
export const SET_COMPANY_SEGMENTS = cypher<{ id: string; segmentIds: string[] }, { before: string[] }>(
  'editing.setCompanySegments',
  `
MATCH (c:Company {id: $id})
OPTIONAL MATCH (c)-[old:OPERATES_IN]->(was:Segment)
WITH c, collect(old) AS olds, collect(was.id) AS before
FOREACH (o IN olds | DELETE o)
WITH c, before
CALL (c) {
  UNWIND $segmentIds AS segmentId
  MATCH (s:Segment {id: segmentId})
  MERGE (c)-[r:OPERATES_IN]->(s)
  SET r.synthetic = false, r.sources = coalesce(r.sources, [])
}
RETURN before
`,
  Before,
);

/** Deletes the company with its links; the supply links it had, for the change set. No row: no such company. */
export const DELETE_COMPANY = cypher<{ id: string }, { customers: string[]; suppliers: string[] }>(
  'editing.deleteCompany',
  `
MATCH (c:Company {id: $id})
WITH c, [(c)-[:SUPPLIES]->(b:Company) | b.id] AS customers, [(a:Company)-[:SUPPLIES]->(c) | a.id] AS suppliers
DETACH DELETE c
RETURN customers, suppliers
`,
  z.object({ customers: z.array(z.string()), suppliers: z.array(z.string()) }),
);

export const UPSERT_SUPPLY = cypher<
  { from: string; to: string; props: Record<string, unknown> },
  z.infer<typeof Written>
>(
  'editing.upsertSupply',
  `
MATCH (a:Company {id: $from})
MATCH (b:Company {id: $to})
OPTIONAL MATCH (a)-[old:SUPPLIES]->(b)
WITH a, b, old IS NULL AS created, ${CHANGED_FIELDS} AS fields
MERGE (a)-[r:SUPPLIES]->(b)
SET r = $props
RETURN created, fields
`,
  Written,
);

export const DELETE_SUPPLY = cypher<{ from: string; to: string }, { n: number }>(
  'editing.deleteSupply',
  `
MATCH (:Company {id: $from})-[r:SUPPLIES]->(:Company {id: $to})
DELETE r
RETURN count(*) AS n
`,
  Count,
);

export const SUPPLY = cypher<{ from: string; to: string }, { product: string | null; since: string | null }>(
  'editing.supply',
  `
MATCH (:Company {id: $from})-[r:SUPPLIES]->(:Company {id: $to})
RETURN r.product AS product, r.since AS since
`,
  z.object({ product: z.string().nullable(), since: z.string().nullable() }),
);
