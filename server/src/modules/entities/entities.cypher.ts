import { z } from 'zod';
import { perLabel } from '../../db/perLabel.js';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from './entity.rows.js';

export const ENTITIES_BY_IDS = perLabel((l) =>
  cypher<{ ids: string[] }, z.infer<typeof RawEntityRow>>(
    `entities.byIds.${l}`,
    `
MATCH (n:${l}) WHERE n.id IN $ids
RETURN '${l}' AS label, properties(n) AS props
`,
    RawEntityRow,
  ),
);

export const ALL_CITIES = cypher<Record<string, never>, z.infer<typeof RawEntityRow>>(
  'entities.cities',
  `
MATCH (n:City)
RETURN 'City' AS label, properties(n) AS props
ORDER BY CASE n.role WHEN 'MEMBER' THEN 0 WHEN 'APPLICANT' THEN 1 ELSE 2 END, n.nameZh
`,
  RawEntityRow,
);

export const CitationRow = z.object({
  entityId: z.string(),
  sourceId: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: z.string().nullable(),
  quote: z.string().nullable(),
});
export type CitationRow = z.infer<typeof CitationRow>;

export const CITATIONS_OF = perLabel((l) =>
  cypher<{ ids: string[] }, CitationRow>(
    `entities.citations.${l}`,
    `
MATCH (n:${l})-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
       s.publishedOn AS publishedOn, c.quote AS quote
ORDER BY s.publishedOn, s.id
`,
    CitationRow,
  ),
);

/** The entity's city as an entity row: the city comes in the same round trip as the link to it. */
export const CityOfRow = RawEntityRow.extend({ entityId: z.string() });

export const CITY_OF = perLabel((l) =>
  cypher<{ ids: string[] }, z.infer<typeof CityOfRow>>(
    `entities.cityOf.${l}`,
    `
MATCH (n:${l})-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
WITH n, c ORDER BY c.id
WITH n, head(collect(c)) AS c
RETURN n.id AS entityId, 'City' AS label, properties(c) AS props
`,
    CityOfRow,
  ),
);
