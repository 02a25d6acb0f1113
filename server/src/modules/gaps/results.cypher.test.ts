import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './results.cypher.js';

it('keeps the results statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "results.corridor.read",
        "params": [
          "format",
          "key",
          "known",
        ],
        "text": "OPTIONAL MATCH (v:CorridorRevision {id: $key})
    OPTIONAL MATCH (r:CorridorResult {id: $key})
    WITH r, coalesce(v.token, '') AS revision
    RETURN revision,
      CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload",
      },
      {
        "name": "results.corridor.revision",
        "params": [
          "key",
        ],
        "text": "OPTIONAL MATCH (v:CorridorRevision {id: $key})
    RETURN coalesce(v.token, '') AS revision",
      },
      {
        "name": "results.corridor.write",
        "params": [
          "format",
          "key",
          "ms",
          "payload",
          "revision",
        ],
        "text": "OPTIONAL MATCH (v:CorridorRevision {id: $key})
    WITH v WHERE coalesce(v.token, '') = $revision
    MERGE (r:CorridorResult {id: $key})
    SET r.revision = $revision, r.payload = $payload, r.format = $format,
        r.computedMs = $ms, r.computedAt = toString(datetime())
    RETURN count(r) AS n",
      },
      {
        "name": "results.read",
        "params": [
          "format",
          "key",
          "known",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    OPTIONAL MATCH (r:AnalysisResult {industryId: $key})
    WITH r, coalesce(v.token, '') AS revision
    RETURN revision,
      CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload",
      },
      {
        "name": "results.read",
        "params": [
          "format",
          "key",
          "known",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    OPTIONAL MATCH (r:AnalysisResult {industryId: $key})
    WITH r, coalesce(v.token, '') AS revision
    RETURN revision,
      CASE WHEN r.revision = revision AND r.format = $format AND revision <> $known THEN r.payload END AS payload",
      },
      {
        "name": "results.revision",
        "params": [
          "key",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    RETURN coalesce(v.token, '') AS revision",
      },
      {
        "name": "results.revision",
        "params": [
          "key",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    RETURN coalesce(v.token, '') AS revision",
      },
      {
        "name": "results.write",
        "params": [
          "format",
          "key",
          "ms",
          "payload",
          "revision",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    WITH v WHERE coalesce(v.token, '') = $revision
    MERGE (r:AnalysisResult {industryId: $key})
    SET r.revision = $revision, r.payload = $payload, r.format = $format,
        r.computedMs = $ms, r.computedAt = toString(datetime())
    RETURN count(r) AS n",
      },
      {
        "name": "results.write",
        "params": [
          "format",
          "key",
          "ms",
          "payload",
          "revision",
        ],
        "text": "MATCH (:Industry {id: $key})
    OPTIONAL MATCH (v:IndustryRevision {industryId: $key})
    WITH v WHERE coalesce(v.token, '') = $revision
    MERGE (r:AnalysisResult {industryId: $key})
    SET r.revision = $revision, r.payload = $payload, r.format = $format,
        r.computedMs = $ms, r.computedAt = toString(datetime())
    RETURN count(r) AS n",
      },
    ]
  `);
});
