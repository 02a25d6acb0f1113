import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './access.cypher.js';

it('keeps the access statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "access.allKeys",
        "params": [],
        "text": "MATCH (k:ApiKey)
    RETURN k.id AS id, k.name AS name, k.scopes AS scopes, k.hash AS hash, k.createdAt AS createdAt,
           k.revokedAt AS revokedAt
    ORDER BY k.createdAt, k.id",
      },
      {
        "name": "access.createKey",
        "params": [
          "hash",
          "id",
          "name",
          "scopes",
        ],
        "text": "CREATE (k:ApiKey {id: $id, name: $name, scopes: $scopes, hash: $hash, createdAt: toString(datetime())})
    RETURN k.id AS id, k.name AS name, k.scopes AS scopes, k.hash AS hash, k.createdAt AS createdAt,
           k.revokedAt AS revokedAt",
      },
      {
        "name": "access.keyById",
        "params": [
          "id",
        ],
        "text": "MATCH (k:ApiKey {id: $id})
    RETURN k.id AS id, k.name AS name, k.scopes AS scopes, k.hash AS hash, k.createdAt AS createdAt,
           k.revokedAt AS revokedAt",
      },
      {
        "name": "access.revokeKey",
        "params": [
          "id",
        ],
        "text": "MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL
    SET k.revokedAt = toString(datetime())
    RETURN count(k) AS n",
      },
    ]
  `);
});
