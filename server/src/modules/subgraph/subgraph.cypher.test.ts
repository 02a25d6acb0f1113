import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './subgraph.cypher.js';

it('keeps the statements every graph-shaped answer shares, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "subgraph.companyNodes",
        "params": [
          "ids",
        ],
        "text": "UNWIND $ids AS id
    MATCH (m:Company {id: id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
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
      },
      {
        "name": "subgraph.node.Agreement",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Agreement {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Alliance",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Alliance {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.City",
        "params": [
          "id",
        ],
        "text": "MATCH (m:City {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Company",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Company {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Industry",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Industry {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Park",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Park {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Project",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Project {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Segment",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Segment {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.node.Source",
        "params": [
          "id",
        ],
        "text": "MATCH (m:Source {id: $id})
    RETURN 
      elementId(m) AS eid, m.id AS id, labels(m)[0] AS label, m.nameZh AS nameZh, m.nameEn AS nameEn,
      coalesce(m.synthetic, false) AS synthetic, coalesce(m.founded, m.signedOn) AS date,
      CASE WHEN m:City THEN m.id ELSE head([(m)-[:LOCATED_IN|HOSTED_IN]->(c:City) | c.id]) END AS cityId",
      },
      {
        "name": "subgraph.suppliesBetween",
        "params": [
          "eids",
        ],
        "text": "UNWIND $eids AS eid
    MATCH (a) WHERE elementId(a) = eid
    MATCH (a)-[:SUPPLIES]->(b)
    WHERE elementId(b) IN $eids
    RETURN a.id AS source, 'SUPPLIES' AS kind, b.id AS target",
      },
    ]
  `);
});
