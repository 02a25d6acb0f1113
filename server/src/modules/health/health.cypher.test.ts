import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './health.cypher.js';

it('keeps the health statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "health.components",
        "params": [],
        "text": "CALL dbms.components() YIELD name, versions, edition
    WHERE name = 'Neo4j Kernel'
    RETURN versions[0] AS version, edition",
      },
    ]
  `);
});
