import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './targets.cypher.js';

it('keeps the target list statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "targets.candidates",
        "params": [
          "allianceIds",
          "cityId",
          "parkIds",
          "segmentIds",
        ],
        "text": "UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
    WHERE home.id <> $cityId
    RETURN segmentId, c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, home.id AS cityId, home.lat AS lat, home.lng AS lng,
      [(c)-[:MEMBER_OF]->(a:Alliance) WHERE a.id IN $allianceIds | a.nameZh] AS alliances,
      [(c)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds | p.nameZh] AS parks,
      COUNT { (c)-[:SUPPLIES]->(:Company)-[:LOCATED_IN]->(:City {id: $cityId}) } AS customersInCity,
      COUNT { (c)-[:SUPPLIES]->() } AS customers",
      },
      {
        "name": "targets.candidatesUncounted",
        "params": [
          "allianceIds",
          "cityId",
          "parkIds",
          "segmentIds",
        ],
        "text": "UNWIND $segmentIds AS segmentId
    MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(c:Company)-[:LOCATED_IN]->(home:City {role: 'MEMBER'})
    WHERE home.id <> $cityId
    RETURN segmentId, c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, home.id AS cityId, home.lat AS lat, home.lng AS lng,
      [(c)-[:MEMBER_OF]->(a:Alliance) WHERE a.id IN $allianceIds | a.nameZh] AS alliances,
      [(c)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds | p.nameZh] AS parks,
      0 AS customersInCity,
      COUNT { (c)-[:SUPPLIES]->() } AS customers",
      },
      {
        "name": "targets.citySuppliers",
        "params": [
          "cityId",
        ],
        "text": "MATCH (:City {id: $cityId})<-[:LOCATED_IN]-(:Company)<-[:SUPPLIES]-(s:Company)
    RETURN s.id AS id, count(*) AS n",
      },
      {
        "name": "targets.cityTies",
        "params": [
          "cityId",
        ],
        "text": "MATCH (city:City {id: $cityId})
    RETURN city.lat AS lat, city.lng AS lng,
      COLLECT { MATCH (city)<-[:LOCATED_IN]-(:Company)-[:MEMBER_OF]->(a:Alliance) RETURN DISTINCT a.id } AS allianceIds,
      COLLECT {
        MATCH (city)<-[:LOCATED_IN]-(:Company)-[:IN_PARK]->(p:Park) RETURN p.id
        UNION
        MATCH (city)<-[:LOCATED_IN]-(p:Park) RETURN p.id
      } AS parkIds",
      },
    ]
  `);
});
