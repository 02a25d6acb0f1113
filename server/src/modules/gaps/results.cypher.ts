import { z } from 'zod';
import { cypher } from '../../db/query.js';

/**
 * The industry's revision and, when a result stored for it is current, of this server's payload format, and not
 * the one the caller already holds (`known`), its payload. No row: no industry with that id.
 */
export const READ_RESULT = cypher<
  { industryId: string; known: string; format: number },
  { revision: string; payload: string | null }
>(
  'results.read',
  `
MATCH (:Industry {id: $industryId})
OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
OPTIONAL MATCH (r:AnalysisResult {industryId: $industryId})
WITH r, coalesce(v.token, '') AS revision
RETURN revision,
  CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload
`,
  z.object({ revision: z.string(), payload: z.string().nullable() }),
);

export const INDUSTRY_REVISION = cypher<{ industryId: string }, { revision: string }>(
  'results.revision',
  `
MATCH (:Industry {id: $industryId})
OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
RETURN coalesce(v.token, '') AS revision
`,
  z.object({ revision: z.string() }),
);

/** Kept only while the industry is still at the revision the result was computed from. */
export const WRITE_RESULT = cypher<
  { industryId: string; revision: string; payload: string; format: number; ms: number },
  { n: number }
>(
  'results.write',
  `
MATCH (:Industry {id: $industryId})
OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
WITH v WHERE coalesce(v.token, '') = $revision
MERGE (r:AnalysisResult {industryId: $industryId})
SET r.revision = $revision, r.payload = $payload, r.format = $format,
    r.computedMs = $ms, r.computedAt = toString(datetime())
RETURN count(r) AS n
`,
  z.object({ n: z.number() }),
);
