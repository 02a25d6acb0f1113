import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './neighborhood.cypher.js';

it('keeps the neighborhood statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "neighborhood.step",
        "params": [
          "cap",
          "frontier",
          "seen",
        ],
        "text": "UNWIND $frontier AS eid
    MATCH (f) WHERE elementId(f) = eid
    MATCH (f)-[r]-(m)
    WHERE type(r) <> 'CITED_IN' AND NOT elementId(m) IN $seen
    WITH DISTINCT m
    ORDER BY coalesce(m.synthetic, false), m.id
    LIMIT toInteger($cap)
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
    ]
  `);
});
