import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './companies.cypher.js';

it('keeps the companies statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "companies.count",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (c:Company)
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.page",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (c:Company)
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.supplyDegree",
        "params": [
          "ids",
        ],
        "text": "MATCH (c:Company) WHERE c.id IN $ids
    RETURN c.id AS id, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers",
      },
    ]
  `);
});
