import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './gaps.cypher.js';

it('keeps the gaps statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "gaps.candidates.DOWNSTREAM",
        "params": [
          "companyId",
          "segmentIds",
        ],
        "text": "MATCH (x:Company {id: $companyId})
    CALL (x) {
      OPTIONAL MATCH (x)-[:MEMBER_OF]->(a:Alliance)
      RETURN collect(a) AS alliances
    }
    CALL (x) {
      OPTIONAL MATCH (x)-[:IN_PARK]->(p:Park)
      RETURN collect(p) AS parks
    }
    UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
    WHERE c <> x
    RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
      [a IN alliances WHERE (c)-[:MEMBER_OF]->(a) | a.nameZh] AS sharedAlliances,
      [p IN parks WHERE (c)-[:IN_PARK]->(p) | p.nameZh] AS sharedParks,
      COUNT { (c)<-[:SUPPLIES]-() } AS trackRecord",
      },
      {
        "name": "gaps.candidates.UPSTREAM",
        "params": [
          "companyId",
          "segmentIds",
        ],
        "text": "MATCH (x:Company {id: $companyId})
    CALL (x) {
      OPTIONAL MATCH (x)-[:MEMBER_OF]->(a:Alliance)
      RETURN collect(a) AS alliances
    }
    CALL (x) {
      OPTIONAL MATCH (x)-[:IN_PARK]->(p:Park)
      RETURN collect(p) AS parks
    }
    UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
    WHERE c <> x
    RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
      [a IN alliances WHERE (c)-[:MEMBER_OF]->(a) | a.nameZh] AS sharedAlliances,
      [p IN parks WHERE (c)-[:IN_PARK]->(p) | p.nameZh] AS sharedParks,
      COUNT { (c)-[:SUPPLIES]->() } AS trackRecord",
      },
      {
        "name": "gaps.cities",
        "params": [],
        "text": "MATCH (c:City) RETURN c.id AS id, c.role = 'MEMBER' AS member ORDER BY c.id",
      },
      {
        "name": "gaps.companyPlace",
        "params": [
          "companyId",
        ],
        "text": "MATCH (x:Company {id: $companyId})
    OPTIONAL MATCH (x)-[:LOCATED_IN]->(city:City)
    RETURN city.id AS cityId, city.lat AS lat, city.lng AS lng
    LIMIT 1",
      },
      {
        "name": "gaps.industryFeeds",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(u:Segment)-[:FEEDS]->(d:Segment)
    RETURN u.id AS from, d.id AS to",
      },
      {
        "name": "gaps.industryProjection",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)
    WITH c, collect(s.id) AS segmentIds
    RETURN c.id AS id, segmentIds,
      [(c)-[:LOCATED_IN]->(city:City) | city.id] AS cityIds,
      [(c)-[:SUPPLIES]->(b:Company) | b.id] AS customerIds,
      COUNT { (c)<-[:SUPPLIES]-() } AS inDegree",
      },
      {
        "name": "gaps.industrySegments",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)
    RETURN s.id AS id, s.stage AS stage
    ORDER BY s.position, s.id",
      },
      {
        "name": "gaps.partners.DOWNSTREAM",
        "params": [
          "companyId",
        ],
        "text": "MATCH (x:Company {id: $companyId})-[:OPERATES_IN]->(own:Segment)-[:FEEDS]->(n:Segment)
    CALL (x, n) {
      OPTIONAL MATCH (x)-[:SUPPLIES]->(p:Company)-[:OPERATES_IN]->(n)
      RETURN collect(DISTINCT p.id) AS partnerIds
    }
    RETURN own.id AS ownSegmentId, n.id AS segmentId, partnerIds
    ORDER BY own.position, n.position, n.id",
      },
      {
        "name": "gaps.partners.UPSTREAM",
        "params": [
          "companyId",
        ],
        "text": "MATCH (x:Company {id: $companyId})-[:OPERATES_IN]->(own:Segment)<-[:FEEDS]-(n:Segment)
    CALL (x, n) {
      OPTIONAL MATCH (x)<-[:SUPPLIES]-(p:Company)-[:OPERATES_IN]->(n)
      RETURN collect(DISTINCT p.id) AS partnerIds
    }
    RETURN own.id AS ownSegmentId, n.id AS segmentId, partnerIds
    ORDER BY own.position, n.position, n.id",
      },
    ]
  `);
});
