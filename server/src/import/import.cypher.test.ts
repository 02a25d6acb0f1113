import { describe, expect, it } from 'vitest';
import { MISSING_IDS, UPSERT_NODES, upsertRelsQuery } from './import.cypher.js';

describe('import Cypher', () => {
  it('upserts nodes of one label by id, telling created, updated and unchanged apart', () => {
    expect(UPSERT_NODES.Company.text).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      OPTIONAL MATCH (old:Company {id: row.id})
      WITH row, CASE WHEN old IS NULL THEN 'created'
                     WHEN properties(old) = row.props THEN 'unchanged'
                     ELSE 'updated' END AS outcome
      MERGE (n:Company {id: row.id})
      SET n = row.props
      RETURN outcome, count(*) AS n"
    `);
  });

  it('upserts links between two labels found by their id indexes', () => {
    expect(upsertRelsQuery('SUPPLIES', 'Company', 'Company').text).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Company {id: row.from})
      MATCH (b:Company {id: row.to})
      OPTIONAL MATCH (a)-[old:SUPPLIES]->(b)
      WITH a, b, row, CASE WHEN old IS NULL THEN 'created'
                           WHEN properties(old) = row.props THEN 'unchanged'
                           ELSE 'updated' END AS outcome
      MERGE (a)-[r:SUPPLIES]->(b)
      SET r = row.props
      RETURN outcome, count(*) AS n"
    `);
  });

  it('finds the ids of one label that do not exist', () => {
    expect(MISSING_IDS.City.text).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      OPTIONAL MATCH (n:City {id: id})
      WITH id, n WHERE n IS NULL
      RETURN id"
    `);
  });

  it('refuses a link the model does not have', () => {
    expect(() => upsertRelsQuery('SUPPLIES', 'City', 'Company')).toThrow(/no SUPPLIES between City and Company/);
  });
});
