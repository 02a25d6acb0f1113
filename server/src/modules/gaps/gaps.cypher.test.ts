import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './gaps.cypher.js';

it('keeps the gaps statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "gaps.actualCityLinks",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(u:Segment)-[:FEEDS]->(d:Segment)
    MATCH (u)<-[:OPERATES_IN]-(a:Company)-[:SUPPLIES]->(b:Company)-[:OPERATES_IN]->(d)
    MATCH (a)-[:LOCATED_IN]->(ca:City {role: 'MEMBER'})
    MATCH (b)-[:LOCATED_IN]->(cb:City {role: 'MEMBER'})
    WHERE ca <> cb
    RETURN ca.id AS from, cb.id AS to, count(*) AS n",
      },
      {
        "name": "gaps.candidates.DOWNSTREAM",
        "params": [
          "companyId",
          "segmentIds",
        ],
        "text": "MATCH (x:Company {id: $companyId})
    UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
    WHERE c <> x
    RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
      [(c)-[:MEMBER_OF]->(a:Alliance)<-[:MEMBER_OF]-(x) | a.nameZh] AS sharedAlliances,
      [(c)-[:IN_PARK]->(p:Park)<-[:IN_PARK]-(x) | p.nameZh] AS sharedParks,
      COUNT { (c)<-[:SUPPLIES]-(:Company) } AS trackRecord",
      },
      {
        "name": "gaps.candidates.UPSTREAM",
        "params": [
          "companyId",
          "segmentIds",
        ],
        "text": "MATCH (x:Company {id: $companyId})
    UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
    WHERE c <> x
    RETURN segmentId, c.id AS id, city.id AS cityId, city.lat AS lat, city.lng AS lng,
      [(c)-[:MEMBER_OF]->(a:Alliance)<-[:MEMBER_OF]-(x) | a.nameZh] AS sharedAlliances,
      [(c)-[:IN_PARK]->(p:Park)<-[:IN_PARK]-(x) | p.nameZh] AS sharedParks,
      COUNT { (c)-[:SUPPLIES]->(:Company) } AS trackRecord",
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
        "name": "gaps.existingCities",
        "params": [
          "ids",
        ],
        "text": "MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id",
      },
      {
        "name": "gaps.existingLinks",
        "params": [
          "pairs",
        ],
        "text": "UNWIND $pairs AS pair
    MATCH (a:Company {id: pair.a})-[:SUPPLIES]->(b:Company {id: pair.b})
    RETURN a.id AS a, b.id AS b",
      },
      {
        "name": "gaps.industryCompanies",
        "params": [
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)
    RETURN c.id AS id, collect(DISTINCT s.stage) AS stages",
      },
      {
        "name": "gaps.industryExists",
        "params": [
          "industryId",
        ],
        "text": "OPTIONAL MATCH (i:Industry {id: $industryId})
    RETURN i IS NOT NULL AS exists",
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
        "name": "gaps.industrySupplies",
        "params": [
          "industryId",
        ],
        "text": "MATCH (i:Industry {id: $industryId})<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(a:Company)
    MATCH (a)-[:SUPPLIES]->(b:Company)
    WHERE EXISTS { (b)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(i) }
    RETURN DISTINCT a.id AS from, b.id AS to",
      },
      {
        "name": "gaps.memberCities",
        "params": [],
        "text": "MATCH (c:City {role: 'MEMBER'}) RETURN c.id AS id ORDER BY c.id",
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
      {
        "name": "gaps.segmentCityCounts",
        "params": [
          "cityIds",
          "industryId",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)
    CALL (s) {
      MATCH (s)<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City)
      WHERE city.id IN $cityIds
      WITH city.id AS cityId, count(DISTINCT c) AS n
      RETURN collect({cityId: cityId, n: n}) AS counts
    }
    RETURN s.id AS segmentId, counts
    ORDER BY s.position, s.id",
      },
      {
        "name": "gaps.topCompanies",
        "params": [
          "industryId",
          "top",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(s:Segment)<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'})
    WITH s, city, c, COUNT { (c)-[:SUPPLIES]->(:Company) } AS outDegree, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS inDegree
    ORDER BY outDegree DESC, c.id
    WITH s, city, collect(c.id)[..toInteger($top)] AS suppliers, collect({id: c.id, inDegree: inDegree}) AS all
    UNWIND all AS entry
    WITH s, city, suppliers, entry ORDER BY entry.inDegree DESC, entry.id
    WITH s, city, suppliers, collect(entry.id)[..toInteger($top)] AS customers
    RETURN s.id AS segmentId, city.id AS cityId, suppliers, customers",
      },
    ]
  `);
});
