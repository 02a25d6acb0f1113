import { z } from 'zod';
import { cypher } from '../../db/query.js';

const Count = z.object({ n: z.number() });

export const UPSERT_COMPANY = cypher<{ id: string; props: Record<string, unknown> }, { n: number }>(
  'editing.upsertCompany',
  `
MERGE (c:Company {id: $id})
SET c = $props
RETURN count(c) AS n
`,
  Count,
);

/** Replaces the company's city: the old LOCATED_IN goes, the new one comes, in the same transaction. */
export const SET_COMPANY_CITY = cypher<{ id: string; cityId: string }, { n: number }>(
  'editing.setCompanyCity',
  `
MATCH (c:Company {id: $id})
OPTIONAL MATCH (c)-[old:LOCATED_IN]->(:City)
DELETE old
WITH DISTINCT c
MATCH (city:City {id: $cityId})
MERGE (c)-[r:LOCATED_IN]->(city)
SET r.synthetic = false, r.sources = coalesce(r.sources, [])
RETURN count(r) AS n
`,
  Count,
);

export const SET_COMPANY_SEGMENTS = cypher<{ id: string; segmentIds: string[] }, { n: number }>(
  'editing.setCompanySegments',
  `
MATCH (c:Company {id: $id})
OPTIONAL MATCH (c)-[old:OPERATES_IN]->(:Segment)
DELETE old
WITH DISTINCT c
UNWIND $segmentIds AS segmentId
MATCH (s:Segment {id: segmentId})
MERGE (c)-[r:OPERATES_IN]->(s)
SET r.synthetic = false, r.sources = coalesce(r.sources, [])
RETURN count(r) AS n
`,
  Count,
);

export const DELETE_COMPANY = cypher<{ id: string }, { n: number }>(
  'editing.deleteCompany',
  `
MATCH (c:Company {id: $id})
DETACH DELETE c
RETURN count(*) AS n
`,
  Count,
);

export const UPSERT_SUPPLY = cypher<{ from: string; to: string; props: Record<string, unknown> }, { n: number }>(
  'editing.upsertSupply',
  `
MATCH (a:Company {id: $from})
MATCH (b:Company {id: $to})
MERGE (a)-[r:SUPPLIES]->(b)
SET r = $props
RETURN count(r) AS n
`,
  Count,
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
