import { describe, expect, it } from 'vitest';
import { statement } from '../../test/statement.js';
import { MISSING_IDS, UPSERT_NODES, upsertRelsQuery } from './import.cypher.js';

describe('import Cypher', () => {
  it('upserts nodes of one label by id, telling created, updated and unchanged apart', () => {
    expect(statement(UPSERT_NODES.Company)).toMatchInlineSnapshot(`
      {
        "name": "import.upsert.Company",
        "params": [
          "rows",
        ],
        "text": "UNWIND $rows AS row
      OPTIONAL MATCH (old:Company {id: row.id})
      WITH row, CASE WHEN old IS NULL THEN 'created'
                     WHEN properties(old) = row.props THEN 'unchanged'
                     ELSE 'updated' END AS outcome
      MERGE (n:Company {id: row.id})
      SET n = row.props
      RETURN outcome, count(*) AS n",
      }
    `);
  });

  it('upserts links between two labels found by their id indexes', () => {
    expect(statement(upsertRelsQuery('SUPPLIES', 'Company', 'Company'))).toMatchInlineSnapshot(`
      {
        "name": "import.upsert.Company-SUPPLIES-Company",
        "params": [
          "rows",
        ],
        "text": "UNWIND $rows AS row
      MATCH (a:Company {id: row.from})
      MATCH (b:Company {id: row.to})
      OPTIONAL MATCH (a)-[old:SUPPLIES]->(b)
      WITH a, b, row, CASE WHEN old IS NULL THEN 'created'
                           WHEN properties(old) = row.props THEN 'unchanged'
                           ELSE 'updated' END AS outcome
      MERGE (a)-[r:SUPPLIES]->(b)
      SET r = row.props
      RETURN outcome, count(*) AS n",
      }
    `);
  });

  it('finds the ids of one label that do not exist', () => {
    expect(statement(MISSING_IDS.City)).toMatchInlineSnapshot(`
      {
        "name": "import.missing.City",
        "params": [
          "ids",
        ],
        "text": "UNWIND $ids AS id
      OPTIONAL MATCH (n:City {id: id})
      WITH id, n WHERE n IS NULL
      RETURN id",
      }
    `);
  });

  it('refuses a link the model does not have', () => {
    expect(() => upsertRelsQuery('SUPPLIES', 'City', 'Company')).toThrow(/no SUPPLIES between City and Company/);
  });
});
