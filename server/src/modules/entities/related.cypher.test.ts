import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './related.cypher.js';

it('builds a relationship lookup per parent label, type and direction', () => {
  expect(statementsOf({ q: statements.relatedQuery({ parent: 'Company', type: 'OPERATES_IN', direction: 'OUT' }) }))
    .toMatchInlineSnapshot(`
    [
      {
        "name": "related.Company.OPERATES_IN.OUT",
        "params": [
          "ids",
        ],
        "text": "MATCH (p:Company)-[r:OPERATES_IN]->(n) WHERE p.id IN $ids
    RETURN p.id AS parentId, labels(n)[0] AS label, properties(n) AS props, r.role AS role
    ORDER BY p.id, coalesce(n.position, 0), n.id",
      },
    ]
  `);
});
