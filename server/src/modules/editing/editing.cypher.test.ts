import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './editing.cypher.js';

it('keeps the editing statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "editing.deleteCompany",
        "params": [
          "id",
        ],
        "text": "MATCH (c:Company {id: $id})
    DETACH DELETE c
    RETURN count(*) AS n",
      },
      {
        "name": "editing.deleteSupply",
        "params": [
          "from",
          "to",
        ],
        "text": "MATCH (:Company {id: $from})-[r:SUPPLIES]->(:Company {id: $to})
    DELETE r
    RETURN count(*) AS n",
      },
      {
        "name": "editing.setCompanyCity",
        "params": [
          "cityId",
          "id",
        ],
        "text": "MATCH (c:Company {id: $id})
    OPTIONAL MATCH (c)-[old:LOCATED_IN]->(:City)
    DELETE old
    WITH DISTINCT c
    MATCH (city:City {id: $cityId})
    MERGE (c)-[r:LOCATED_IN]->(city)
    SET r.synthetic = false, r.sources = coalesce(r.sources, [])
    RETURN count(r) AS n",
      },
      {
        "name": "editing.setCompanySegments",
        "params": [
          "id",
          "segmentIds",
        ],
        "text": "MATCH (c:Company {id: $id})
    OPTIONAL MATCH (c)-[old:OPERATES_IN]->(:Segment)
    DELETE old
    WITH DISTINCT c
    UNWIND $segmentIds AS segmentId
    MATCH (s:Segment {id: segmentId})
    MERGE (c)-[r:OPERATES_IN]->(s)
    SET r.synthetic = false, r.sources = coalesce(r.sources, [])
    RETURN count(r) AS n",
      },
      {
        "name": "editing.supply",
        "params": [
          "from",
          "to",
        ],
        "text": "MATCH (:Company {id: $from})-[r:SUPPLIES]->(:Company {id: $to})
    RETURN r.product AS product, r.since AS since",
      },
      {
        "name": "editing.upsertCompany",
        "params": [
          "id",
          "props",
        ],
        "text": "MERGE (c:Company {id: $id})
    SET c = $props
    RETURN count(c) AS n",
      },
      {
        "name": "editing.upsertSupply",
        "params": [
          "from",
          "props",
          "to",
        ],
        "text": "MATCH (a:Company {id: $from})
    MATCH (b:Company {id: $to})
    MERGE (a)-[r:SUPPLIES]->(b)
    SET r = $props
    RETURN count(r) AS n",
      },
    ]
  `);
});
