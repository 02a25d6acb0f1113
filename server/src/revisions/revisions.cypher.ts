import { z } from 'zod';
import { cypher } from '../db/query.js';

export type Touched = {
  companyIds: string[];
  segmentIds: string[];
  industryIds: string[];
  /** A city changed (its role decides which companies are in the corridor): every industry is touched. */
  everyIndustry: boolean;
  /** Something was written: the corridor's revision moves even when no industry does. */
  anything: boolean;
};

/**
 * Gives every industry a write touched a new revision, kept beside it (an :IndustryRevision node, so the industry
 * itself stays exactly its record and re-imports stay "unchanged"): a fresh random token rather than a count, so an industry
 * deleted and made again never repeats a revision an old stored result carries. It runs inside the write's own
 * transaction, so a reader sees the new facts and the new revision together or neither. Industries are locked in
 * id order: two writers touching the same industries cannot deadlock on them. Every write also moves the corridor's
 * one revision (the whole-graph aggregates of modules/overview), taken last, after the industries.
 */
export const BUMP_REVISIONS = cypher<Touched, { n: number }>(
  'revisions.bump',
  `
CALL () {
  UNWIND $companyIds AS id
  MATCH (:Company {id: id})-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(i:Industry)
  RETURN i
  UNION
  UNWIND $segmentIds AS id
  MATCH (:Segment {id: id})-[:PART_OF]->(i:Industry)
  RETURN i
  UNION
  MATCH (i:Industry) WHERE $everyIndustry OR i.id IN $industryIds
  RETURN i
}
WITH i ORDER BY i.id
MERGE (v:IndustryRevision {industryId: i.id})
SET v.token = randomUUID()
WITH count(v) AS n
MERGE (corridor:CorridorRevision {id: 'corridor'})
SET corridor.token = randomUUID()
RETURN n
`,
  z.object({ n: z.number() }),
);
