import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './results.cypher.js';

it('keeps the results statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "results.read",
        "params": [
          "format",
          "industryId",
          "known",
        ],
        "text": "MATCH (:Industry {id: $industryId})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
    OPTIONAL MATCH (r:AnalysisResult {industryId: $industryId})
    WITH r, coalesce(v.token, '') AS revision
    RETURN revision,
      CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload",
      },
      {
        "name": "results.revision",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
    RETURN coalesce(v.token, '') AS revision",
      },
      {
        "name": "results.write",
        "params": [
          "format",
          "industryId",
          "ms",
          "payload",
          "revision",
        ],
        "text": "MATCH (:Industry {id: $industryId})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $industryId})
    WITH v WHERE coalesce(v.token, '') = $revision
    MERGE (r:AnalysisResult {industryId: $industryId})
    SET r.revision = $revision, r.payload = $payload, r.format = $format,
        r.computedMs = $ms, r.computedAt = toString(datetime())
    RETURN count(r) AS n",
      },
    ]
  `);
});
