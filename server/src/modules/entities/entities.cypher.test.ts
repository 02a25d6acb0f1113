import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './entities.cypher.js';

it('keeps the entities statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "entities.byIds.Agreement",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Agreement) WHERE n.id IN $ids
    RETURN 'Agreement' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Alliance",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Alliance) WHERE n.id IN $ids
    RETURN 'Alliance' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.City",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:City) WHERE n.id IN $ids
    RETURN 'City' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Company",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Company) WHERE n.id IN $ids
    RETURN 'Company' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Industry",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Industry) WHERE n.id IN $ids
    RETURN 'Industry' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Park",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Park) WHERE n.id IN $ids
    RETURN 'Park' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Project",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Project) WHERE n.id IN $ids
    RETURN 'Project' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Segment",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Segment) WHERE n.id IN $ids
    RETURN 'Segment' AS label, properties(n) AS props",
      },
      {
        "name": "entities.byIds.Source",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Source) WHERE n.id IN $ids
    RETURN 'Source' AS label, properties(n) AS props",
      },
      {
        "name": "entities.citations.Agreement",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Agreement)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Alliance",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Alliance)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.City",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:City)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Company",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Company)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Industry",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Industry)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Park",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Park)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Project",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Project)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Segment",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Segment)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.citations.Source",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Source)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
    RETURN n.id AS entityId, s.id AS sourceId, s.title AS title, s.publisher AS publisher,
           s.publishedOn AS publishedOn, c.quote AS quote
    ORDER BY s.publishedOn, s.id",
      },
      {
        "name": "entities.cities",
        "params": [],
        "text": "MATCH (n:City)
    RETURN 'City' AS label, properties(n) AS props
    ORDER BY CASE n.role WHEN 'MEMBER' THEN 0 WHEN 'APPLICANT' THEN 1 ELSE 2 END, n.nameZh",
      },
      {
        "name": "entities.cityOf.Agreement",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Agreement)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Alliance",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Alliance)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.City",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:City)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Company",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Company)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Industry",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Industry)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Park",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Park)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Project",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Project)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Segment",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Segment)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
      {
        "name": "entities.cityOf.Source",
        "params": [
          "ids",
        ],
        "text": "MATCH (n:Source)-[:LOCATED_IN|HOSTED_IN]->(c:City) WHERE n.id IN $ids
    WITH n, c ORDER BY c.id
    WITH n, head(collect(c)) AS c
    RETURN n.id AS entityId, 'City' AS label, properties(c) AS props",
      },
    ]
  `);
});
