import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './companies.cypher.js';

it('keeps the companies statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "companies.cards",
        "params": [
          "ids",
        ],
        "text": "MATCH (c:Company) WHERE c.id IN $ids
    CALL (c) {
      MATCH (c)-[:LOCATED_IN]->(x:City)
      WITH x ORDER BY x.id
      RETURN head(collect(properties(x))) AS city
    }
    CALL (c) {
      MATCH (c)-[:OPERATES_IN]->(s:Segment)
      WITH s ORDER BY coalesce(s.position, 0), s.id
      RETURN collect(properties(s)) AS segments
    }
    CALL (c) {
      MATCH (c)-[r:MEMBER_OF]->(a:Alliance)
      WITH a, r ORDER BY a.id
      RETURN collect({props: properties(a), role: r.role}) AS memberships
    }
    RETURN properties(c) AS props, city, segments, memberships,
      COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers",
      },
      {
        "name": "companies.count.Alliance",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Alliance {id: $allianceId})<-[:MEMBER_OF]-(c:Company)
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.count.City",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (x:City)<-[:LOCATED_IN]-(c:Company) WHERE x.id IN $cityIds
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.count.Index",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (c:Company) USING INDEX c:Company(id) WHERE c.id > coalesce($after, '')
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.count.Industry",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company)
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.count.Park",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Park {id: $parkId})<-[:IN_PARK]-(c:Company)
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.count.Segment",
        "params": [
          "allianceId",
          "cityIds",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)
    WITH DISTINCT c
    WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN count(c) AS n",
      },
      {
        "name": "companies.page.Alliance",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Alliance {id: $allianceId})<-[:MEMBER_OF]-(c:Company)
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.page.City",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (x:City)<-[:LOCATED_IN]-(c:Company) WHERE x.id IN $cityIds
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.page.Index",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (c:Company) USING INDEX c:Company(id) WHERE c.id > coalesce($after, '')
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.page.Industry",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Industry {id: $industryId})<-[:PART_OF]-(:Segment)<-[:OPERATES_IN]-(c:Company)
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.page.Park",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Park {id: $parkId})<-[:IN_PARK]-(c:Company)
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.page.Segment",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
        ],
        "text": "MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(c:Company)
    WITH DISTINCT c
    WHERE ($after IS NULL OR c.id > $after) AND 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.partners.DOWNSTREAM",
        "params": [
          "after",
          "companyId",
          "first",
        ],
        "text": "MATCH (:Company {id: $companyId})-[r:SUPPLIES]->(p:Company)
    WHERE $after IS NULL OR p.id > $after
    WITH p, r ORDER BY p.id
    LIMIT toInteger($first) + 1
    CALL (p) {
      MATCH (p)-[:LOCATED_IN]->(x:City)
      WITH x ORDER BY x.id
      RETURN head(collect(properties(x))) AS city
    }
    RETURN 'Company' AS label, properties(p) AS props, r.product AS product, r.since AS since, city",
      },
      {
        "name": "companies.partners.UPSTREAM",
        "params": [
          "after",
          "companyId",
          "first",
        ],
        "text": "MATCH (:Company {id: $companyId})<-[r:SUPPLIES]-(p:Company)
    WHERE $after IS NULL OR p.id > $after
    WITH p, r ORDER BY p.id
    LIMIT toInteger($first) + 1
    CALL (p) {
      MATCH (p)-[:LOCATED_IN]->(x:City)
      WITH x ORDER BY x.id
      RETURN head(collect(properties(x))) AS city
    }
    RETURN 'Company' AS label, properties(p) AS props, r.product AS product, r.since AS since, city",
      },
      {
        "name": "companies.probe",
        "params": [
          "after",
          "allianceId",
          "cityIds",
          "first",
          "industryId",
          "name",
          "parkId",
          "segmentId",
          "synthetic",
          "window",
        ],
        "text": "MATCH (c:Company) USING INDEX c:Company(id)
    WHERE c.id > coalesce($after, '')
    WITH c ORDER BY c.id
    LIMIT toInteger($window)
    WITH c WHERE 
      ($synthetic IS NULL OR c.synthetic = $synthetic)
      AND ($name IS NULL OR c.nameZh CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name)
           OR any(a IN coalesce(c.aliases, []) WHERE a CONTAINS $name))
      AND ($cityIds IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(x:City) WHERE x.id IN $cityIds })
      AND ($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment)-[:PART_OF]->(:Industry {id: $industryId}) })
      AND ($segmentId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($parkId IS NULL OR EXISTS { (c)-[:IN_PARK]->(:Park {id: $parkId}) })
      AND ($allianceId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Alliance {id: $allianceId}) })
    RETURN 'Company' AS label, properties(c) AS props
    ORDER BY c.id
    LIMIT toInteger($first) + 1",
      },
      {
        "name": "companies.supplyDegree",
        "params": [
          "ids",
        ],
        "text": "MATCH (c:Company) WHERE c.id IN $ids
    RETURN c.id AS id, COUNT { (c)<-[:SUPPLIES]-(:Company) } AS suppliers, COUNT { (c)-[:SUPPLIES]->(:Company) } AS customers",
      },
    ]
  `);
});
