import { z } from 'zod';
import { cypher } from '../../db/query.js';

/**
 * The industry a company's chain is (its first segment's, by segment id), or a segment's: what a what-if about a
 * company is about when no industry is given. No row: the id names neither, or a company in no segment.
 */
export const INDUSTRY_OF = cypher<{ id: string }, { industryId: string }>(
  'scenario.industryOf',
  `
CALL () {
  MATCH (:Company {id: $id})-[:OPERATES_IN]->(s:Segment)-[:PART_OF]->(i:Industry)
  RETURN i.id AS industryId, s.id AS via
  UNION
  MATCH (s:Segment {id: $id})-[:PART_OF]->(i:Industry)
  RETURN i.id AS industryId, s.id AS via
}
RETURN industryId ORDER BY via LIMIT 1
`,
  z.object({ industryId: z.string() }),
);
