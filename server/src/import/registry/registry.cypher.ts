/**
 * What a registry import looks up in the graph before it writes: the places, segments and parks rows name, and
 * the companies rows without a credit code name.
 */
import { z } from 'zod';
import { cypher } from '../../db/query.js';

const Named = z.object({ id: z.string(), names: z.array(z.string()) });
/** A node and the names it goes by (its Chinese name and aliases). */
export type NamedRow = z.infer<typeof Named>;

export const CITY_NAMES = cypher<Record<string, never>, z.infer<typeof Named>>(
  'registry.cityNames',
  'MATCH (c:City) RETURN c.id AS id, [c.nameZh] + coalesce(c.aliases, []) AS names',
  Named,
);

export const PARK_NAMES = cypher<Record<string, never>, z.infer<typeof Named>>(
  'registry.parkNames',
  'MATCH (p:Park) RETURN p.id AS id, [p.nameZh] + coalesce(p.aliases, []) AS names',
  Named,
);

const SegmentRow = z.object({ id: z.string(), nameZh: z.string(), industry: z.string().nullable() });
/** A segment, and the Chinese name of its industry. */
export type SegmentNameRow = z.infer<typeof SegmentRow>;
export const SEGMENT_NAMES = cypher<Record<string, never>, z.infer<typeof SegmentRow>>(
  'registry.segmentNames',
  'MATCH (s:Segment) OPTIONAL MATCH (s)-[:PART_OF]->(i:Industry) RETURN s.id AS id, s.nameZh AS nameZh, i.nameZh AS industry',
  SegmentRow,
);

/** Companies by their exact Chinese name (through the company_name_zh text index). */
export const COMPANIES_NAMED = cypher<{ names: string[] }, { id: string; nameZh: string }>(
  'registry.companiesNamed',
  'UNWIND $names AS name MATCH (c:Company) WHERE c.nameZh = name RETURN c.id AS id, c.nameZh AS nameZh',
  z.object({ id: z.string(), nameZh: z.string() }),
);
