import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './targets.cypher.js';

it('keeps the target list statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "targets.candidateNames",
        "params": [
          "ids",
        ],
        "text": "UNWIND $ids AS id
    MATCH (c:Company {id: id})
    RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc",
      },
      {
        "name": "targets.citySuppliers",
        "params": [
          "cityId",
        ],
        "text": "MATCH (:City {id: $cityId})<-[:LOCATED_IN]-(:Company)<-[:SUPPLIES]-(s:Company)
    WITH s.id AS id, count(*) AS n
    RETURN collect(id) AS ids, collect(n) AS counts",
      },
      {
        "name": "targets.cityTies",
        "params": [
          "cityId",
        ],
        "text": "MATCH (city:City {id: $cityId})
    RETURN city.lat AS lat, city.lng AS lng,
      COLLECT { MATCH (city)<-[:LOCATED_IN]-(:Company)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a {.id, .nameZh} } AS alliances,
      COLLECT {
        MATCH (city)<-[:LOCATED_IN]-(:Company)-[:IN_PARK]->(p:Park) RETURN p {.id, .nameZh} AS p
        UNION
        MATCH (city)<-[:LOCATED_IN]-(p:Park) RETURN p {.id, .nameZh} AS p
      } AS parks,
      COLLECT { MATCH (m:City {role: 'MEMBER'}) RETURN m {.id, .lat, .lng} } AS members",
      },
      {
        "name": "targets.customersInCity",
        "params": [
          "cityId",
          "ids",
        ],
        "text": "UNWIND $ids AS id
    MATCH (c:Company {id: id})
    WITH id, COUNT { (c)-[:SUPPLIES]->(:Company)-[:LOCATED_IN]->(:City {id: $cityId}) } AS n
    RETURN collect(id) AS ids, collect(n) AS counts",
      },
      {
        "name": "targets.segmentCandidates",
        "params": [
          "segmentIds",
        ],
        "text": "UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
    WITH segmentId, c, home.id AS cityId
    RETURN segmentId, collect(c.id) AS ids, collect(cityId) AS cityIds,
      collect([(c)-[:MEMBER_OF|IN_PARK]->(x) | x.id]) AS tieIds,
      collect(COUNT { (c)-[:SUPPLIES]->() }) AS customers",
      },
    ]
  `);
});
