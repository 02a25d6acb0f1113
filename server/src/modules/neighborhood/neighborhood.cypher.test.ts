import { describe, expect, it } from 'vitest';
import { statement } from '../../../test/statement.js';
import { EDGES_BETWEEN, NEIGHBORHOOD_START, NEIGHBORHOOD_STEP } from './neighborhood.cypher.js';

describe('neighbourhood Cypher', () => {
  it('starts from the id through the label of its prefix', () => {
    expect(statement(NEIGHBORHOOD_START.Company)).toMatchInlineSnapshot(`
      {
        "name": "neighborhood.start.Company",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Company {id: $id})
      RETURN 
        elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
        coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
        CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      }
    `);
  });

  it('takes one capped breadth-first step, skipping citations', () => {
    expect(statement(NEIGHBORHOOD_STEP)).toMatchInlineSnapshot(`
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
      }
    `);
  });

  it('collects the links between the chosen nodes', () => {
    expect(statement(EDGES_BETWEEN)).toMatchInlineSnapshot(`
      {
        "name": "subgraph.edgesBetween",
        "params": [
          "eids",
        ],
        "text": "UNWIND $eids AS eid
      MATCH (a) WHERE elementId(a) = eid
      MATCH (a)-[r]->(b)
      WHERE type(r) <> 'CITED_IN' AND elementId(b) IN $eids
      RETURN a.id AS source, type(r) AS kind, b.id AS target",
      }
    `);
  });
});
