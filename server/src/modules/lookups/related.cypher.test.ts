import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './related.cypher.js';

it('keeps the related statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "lookups.all.Agreement",
        "params": [],
        "text": "MATCH (n:Agreement)
    RETURN 'Agreement' AS label, properties(n) AS props
    ORDER BY coalesce(n.signedOn, "9999"), n.id",
      },
      {
        "name": "lookups.all.Alliance",
        "params": [],
        "text": "MATCH (n:Alliance)
    RETURN 'Alliance' AS label, properties(n) AS props
    ORDER BY coalesce(n.founded, "9999"), n.id",
      },
      {
        "name": "lookups.all.Industry",
        "params": [],
        "text": "MATCH (n:Industry)
    RETURN 'Industry' AS label, properties(n) AS props
    ORDER BY n.nameZh",
      },
      {
        "name": "lookups.all.Park",
        "params": [],
        "text": "MATCH (n:Park)
    RETURN 'Park' AS label, properties(n) AS props
    ORDER BY head([(n)-[:LOCATED_IN]->(c:City) | c.id]), n.nameZh",
      },
      {
        "name": "lookups.all.Project",
        "params": [],
        "text": "MATCH (n:Project)
    RETURN 'Project' AS label, properties(n) AS props
    ORDER BY coalesce(n.signedOn, "9999"), n.id",
      },
      {
        "name": "lookups.feeds",
        "params": [
          "ids",
        ],
        "text": "MATCH (i:Industry)<-[:PART_OF]-(a:Segment)-[:FEEDS]->(b:Segment)-[:PART_OF]->(i) WHERE i.id IN $ids
    RETURN i.id AS industryId, a.id AS from, b.id AS to
    ORDER BY a.position, b.position",
      },
      {
        "name": "lookups.industryCompanyCount",
        "params": [
          "ids",
        ],
        "text": "MATCH (i:Industry) WHERE i.id IN $ids
    RETURN i.id AS id, COUNT { MATCH (i)<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company) RETURN DISTINCT c } AS n",
      },
      {
        "name": "lookups.segmentCompanyCount",
        "params": [
          "ids",
        ],
        "text": "MATCH (s:Segment) WHERE s.id IN $ids
    RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-(:Company) } AS n",
      },
      {
        "name": "lookups.supplyDegree",
        "params": [
          "ids",
        ],
        "text": "MATCH (c:Company) WHERE c.id IN $ids
    RETURN c.id AS id, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers",
      },
    ]
  `);
});

it('builds a relationship lookup per parent label, type and direction', () => {
  expect(statementsOf({ q: statements.relatedQuery({ parent: 'Company', type: 'OPERATES_IN', direction: 'OUT' }) }))
    .toMatchInlineSnapshot(`
    [
      {
        "name": "related.Company.OPERATES_IN.OUT",
        "params": [
          "ids",
        ],
        "text": "MATCH (p:Company)-[r:OPERATES_IN]->(n) WHERE p.id IN $ids
    RETURN p.id AS parentId, labels(n)[0] AS label, properties(n) AS props, r.role AS role
    ORDER BY p.id, coalesce(n.position, 0), n.id",
      },
    ]
  `);
});
