import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './overview.cypher.js';

it('keeps the overview statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "overview.chains",
        "params": [],
        "text": "MATCH (i:Industry)
    OPTIONAL MATCH (i)<-[:PART_OF]-(s:Segment)
    WITH i, s ORDER BY s.position, s.id
    RETURN i.id AS industryId, collect(s.id) AS segmentIds
    ORDER BY i.id",
      },
      {
        "name": "overview.cities",
        "params": [],
        "text": "MATCH (c:City)
    RETURN c.id AS id, c.role AS role
    ORDER BY c.id",
      },
      {
        "name": "overview.companies",
        "params": [],
        "text": "MATCH (c:Company)
    RETURN c.id AS id, toString(c.founded) AS founded,
      [(c)-[:LOCATED_IN]->(city:City) | city.id][0] AS cityId,
      [(c)-[:OPERATES_IN]->(s:Segment) | s.id] AS segmentIds,
      [(c)-[:SUPPLIES]->(b:Company) | b.id] AS customerIds,
      [(c)-[r:SUPPLIES]->(:Company) | toString(r.since)] AS customerSince",
      },
      {
        "name": "overview.institutions",
        "params": [],
        "text": "MATCH (a:Alliance)
    RETURN 'Alliance' AS kind, toString(a.founded) AS date, [(a)-[:HOSTED_IN]->(c:City) | c.id] AS cityIds
    UNION ALL
    MATCH (p:Park)
    RETURN 'Park' AS kind, null AS date, [(p)-[:LOCATED_IN]->(c:City) | c.id] AS cityIds
    UNION ALL
    MATCH (p:Project)
    RETURN 'Project' AS kind, toString(p.signedOn) AS date, [(p)-[:LOCATED_IN|INVOLVES]->(c:City) | c.id] AS cityIds",
      },
      {
        "name": "overview.segmentCompanies",
        "params": [
          "afterDegree",
          "afterId",
          "cityId",
          "first",
          "segmentId",
        ],
        "text": "MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)
    WHERE $cityId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:City {id: $cityId}) }
    WITH c, COUNT { (c)<-[:SUPPLIES]-() } AS suppliers, COUNT { (c)-[:SUPPLIES]->() } AS customers
    WITH c, suppliers, customers, suppliers + customers AS degree
    WHERE $afterId IS NULL OR degree < $afterDegree OR (degree = $afterDegree AND c.id > $afterId)
    RETURN 'Company' AS label, properties(c) AS props, suppliers, customers
    ORDER BY degree DESC, c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "overview.segmentCompanyCount",
        "params": [
          "cityId",
          "segmentId",
        ],
        "text": "MATCH (s:Segment {id: $segmentId})
    RETURN COUNT {
      (s)<-[:OPERATES_IN]-(c:Company)
      WHERE $cityId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:City {id: $cityId}) }
    } AS n",
      },
    ]
  `);
});
