import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './catalog.cypher.js';

it('keeps the catalog statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "catalog.all.Agreement",
        "params": [],
        "text": "MATCH (n:Agreement)
    RETURN 'Agreement' AS label, properties(n) AS props
    ORDER BY coalesce(n.signedOn, "9999"), n.id",
      },
      {
        "name": "catalog.all.Alliance",
        "params": [],
        "text": "MATCH (n:Alliance)
    RETURN 'Alliance' AS label, properties(n) AS props
    ORDER BY coalesce(n.founded, "9999"), n.id",
      },
      {
        "name": "catalog.all.Industry",
        "params": [],
        "text": "MATCH (n:Industry)
    RETURN 'Industry' AS label, properties(n) AS props
    ORDER BY n.nameZh",
      },
      {
        "name": "catalog.all.Park",
        "params": [],
        "text": "MATCH (n:Park)
    RETURN 'Park' AS label, properties(n) AS props
    ORDER BY head([(n)-[:LOCATED_IN]->(c:City) | c.id]), n.nameZh",
      },
      {
        "name": "catalog.all.Project",
        "params": [],
        "text": "MATCH (n:Project)
    RETURN 'Project' AS label, properties(n) AS props
    ORDER BY coalesce(n.signedOn, "9999"), n.id",
      },
      {
        "name": "catalog.feeds",
        "params": [
          "ids",
        ],
        "text": "MATCH (i:Industry)<-[:PART_OF]-(a:Segment)-[:FEEDS]->(b:Segment)-[:PART_OF]->(i) WHERE i.id IN $ids
    RETURN i.id AS industryId, a.id AS from, b.id AS to
    ORDER BY a.position, b.position",
      },
      {
        "name": "catalog.industryCompanyCount",
        "params": [
          "ids",
        ],
        "text": "MATCH (i:Industry) WHERE i.id IN $ids
    RETURN i.id AS id, COUNT { MATCH (i)<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company) RETURN DISTINCT c } AS n",
      },
      {
        "name": "catalog.segmentCompanyCount",
        "params": [
          "ids",
        ],
        "text": "MATCH (s:Segment) WHERE s.id IN $ids
    RETURN s.id AS id, COUNT { (s)<-[:OPERATES_IN]-(:Company) } AS n",
      },
    ]
  `);
});
