import { expect, it } from 'vitest';
import { statementsOf } from '../../test/statement.js';
import * as statements from './revisions.cypher.js';

it('keeps the revisions statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "revisions.bump",
        "params": [
          "companyIds",
          "everyIndustry",
          "industryIds",
          "segmentIds",
        ],
        "text": "CALL () {
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
    RETURN n",
      },
    ]
  `);
});
