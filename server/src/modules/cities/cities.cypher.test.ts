import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './cities.cypher.js';

it('keeps the cities statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "cities.industrySegments",
        "params": [
          "cityId",
        ],
        "text": "MATCH (city:City {id: $cityId})<-[:LOCATED_IN]-(c:Company)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(i:Industry)
    WITH city, i, count(DISTINCT c) AS companies
    MATCH (i)<-[:PART_OF]-(s:Segment)
    RETURN i.id AS industryId, companies, s.id AS segmentId,
           COUNT { (s)<-[:OPERATES_IN]-(:Company)-[:LOCATED_IN]->(city) } AS n
    ORDER BY companies DESC, i.id, s.position, s.id",
      },
      {
        "name": "cities.total",
        "params": [
          "cityId",
        ],
        "text": "MATCH (city:City {id: $cityId})
    RETURN COUNT { (city)<-[:LOCATED_IN]-(:Company) } AS companies",
      },
    ]
  `);
});
