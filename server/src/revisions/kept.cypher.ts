import { z } from 'zod';
import { cypher, type CypherQuery } from '../db/query.js';

/**
 * Results kept in Neo4j per revision (stored.ts): what a kept result is about — its revision, read beside the
 * stored payload, and the write that keeps it. Two subjects exist: an industry (its analyses, server/src/analysis/)
 * and the whole corridor (its aggregates, modules/overview).
 */
export type Subject = 'industry' | 'corridor';

export interface KeptStatements {
  read: CypherQuery<{ key: string; known: string; format: number }, { revision: string; payload: string | null }>;
  revision: CypherQuery<{ key: string }, { revision: string }>;
  write: CypherQuery<{ key: string; revision: string; payload: string; format: number; ms: number }, { n: number }>;
}

const ReadRow = z.object({ revision: z.string(), payload: z.string().nullable() });
const RevisionRow = z.object({ revision: z.string() });
const WrittenRow = z.object({ n: z.number() });

/**
 * The industry's revision and, when a result stored for it is current, of this server's payload format, and not
 * the one the caller already holds (`known`), its payload. No row: no industry with that id.
 */
const READ_RESULT: KeptStatements['read'] = cypher(
  'results.read',
  `
MATCH (:Industry {id: $key})
OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
OPTIONAL MATCH (r:AnalysisResult {industryId: $key})
WITH r, coalesce(v.token, '') AS revision
RETURN revision,
  CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload
`,
  ReadRow,
);

const INDUSTRY_REVISION: KeptStatements['revision'] = cypher(
  'results.revision',
  `
MATCH (:Industry {id: $key})
OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
RETURN coalesce(v.token, '') AS revision
`,
  RevisionRow,
);

/** Kept only while the industry is still at the revision the result was computed from. */
const WRITE_RESULT: KeptStatements['write'] = cypher(
  'results.write',
  `
MATCH (:Industry {id: $key})
OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
WITH v WHERE coalesce(v.token, '') = $revision
MERGE (r:AnalysisResult {industryId: $key})
SET r.revision = $revision, r.payload = $payload, r.format = $format,
    r.computedMs = $ms, r.computedAt = toString(datetime())
RETURN count(r) AS n
`,
  WrittenRow,
);

const INDUSTRY_RESULTS: KeptStatements = { read: READ_RESULT, revision: INDUSTRY_REVISION, write: WRITE_RESULT };

/**
 * The corridor's revision: one token every write moves (revisions.cypher.ts), for aggregates over the whole graph.
 * `key` is always 'corridor'; the statements take it so that both subjects share one shape.
 */
const CORRIDOR_RESULTS: KeptStatements = {
  read: cypher(
    'results.corridor.read',
    `
OPTIONAL MATCH (v:CorridorRevision {id: $key})
OPTIONAL MATCH (r:CorridorResult {id: $key})
WITH r, coalesce(v.token, '') AS revision
RETURN revision,
  CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload
`,
    ReadRow,
  ),
  revision: cypher(
    'results.corridor.revision',
    `
OPTIONAL MATCH (v:CorridorRevision {id: $key})
RETURN coalesce(v.token, '') AS revision
`,
    RevisionRow,
  ),
  write: cypher(
    'results.corridor.write',
    `
OPTIONAL MATCH (v:CorridorRevision {id: $key})
WITH v WHERE coalesce(v.token, '') = $revision
MERGE (r:CorridorResult {id: $key})
SET r.revision = $revision, r.payload = $payload, r.format = $format,
    r.computedMs = $ms, r.computedAt = toString(datetime())
RETURN count(r) AS n
`,
    WrittenRow,
  ),
};

/** The statements of each subject. */
export const KEPT: Record<Subject, KeptStatements> = { industry: INDUSTRY_RESULTS, corridor: CORRIDOR_RESULTS };
