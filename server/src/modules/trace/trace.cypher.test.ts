import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './trace.cypher.js';

it('keeps the trace statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "trace.step.DOWNSTREAM",
        "params": [
          "cap",
          "cityIds",
          "frontier",
          "industryId",
          "seen",
        ],
        "text": "UNWIND $frontier AS eid
    MATCH (f) WHERE elementId(f) = eid
    MATCH (f)-[:SUPPLIES]->(m:Company)
    WHERE NOT elementId(m) IN $seen
      AND ($industryId IS NULL OR EXISTS { (m)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($cityIds IS NULL OR EXISTS { (m)-[:LOCATED_IN]->(c:City) WHERE c.id IN $cityIds })
    WITH DISTINCT m
    ORDER BY m.id
    LIMIT toInteger($cap)
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "trace.step.UPSTREAM",
        "params": [
          "cap",
          "cityIds",
          "frontier",
          "industryId",
          "seen",
        ],
        "text": "UNWIND $frontier AS eid
    MATCH (f) WHERE elementId(f) = eid
    MATCH (f)<-[:SUPPLIES]-(m:Company)
    WHERE NOT elementId(m) IN $seen
      AND ($industryId IS NULL OR EXISTS { (m)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($cityIds IS NULL OR EXISTS { (m)-[:LOCATED_IN]->(c:City) WHERE c.id IN $cityIds })
    WITH DISTINCT m
    ORDER BY m.id
    LIMIT toInteger($cap)
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
    ]
  `);
});

it('builds k shortest paths from validated integers only', () => {
  expect(statementsOf({ q: statements.shortestPathsQuery(3, 6) })).toMatchInlineSnapshot(`
    [
      {
        "name": "trace.paths.k3.max6",
        "params": [
          "fromId",
          "toId",
        ],
        "text": "MATCH p = SHORTEST 3 (a:Company {id: $fromId})-[:SUPPLIES]->{1,6}(b:Company {id: $toId})
    RETURN [n IN nodes(p) | n.id] AS nodeIds
    ORDER BY length(p)",
      },
    ]
  `);
  expect(() => statements.shortestPathsQuery(0, 6)).toThrow('k: must be from 1 to 10');
  expect(() => statements.shortestPathsQuery(3, 9)).toThrow('maxLength: must be from 1 to 8');
});
