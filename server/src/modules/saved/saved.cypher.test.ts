import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import { SAVED } from './saved.cypher.js';

it('keeps the saved scenarios’ and views’ statements, their parameters and text as reviewed', () => {
  expect(statementsOf({ ...SAVED.Scenario })).toMatchInlineSnapshot(`
    [
      {
        "name": "scenario.create",
        "params": [
          "body",
          "by",
          "id",
          "name",
        ],
        "text": "CREATE (d:Scenario {id: $id, name: $name, body: $body, createdBy: $by,
      createdAt: toString(datetime()), updatedAt: toString(datetime())})
    RETURN d.id AS id, d.name AS name, d.body AS body, d.createdAt AS createdAt, d.updatedAt AS updatedAt",
      },
      {
        "name": "scenario.delete",
        "params": [
          "id",
        ],
        "text": "MATCH (d:Scenario {id: $id}) DELETE d RETURN count(*) AS n",
      },
      {
        "name": "scenario.get",
        "params": [
          "id",
        ],
        "text": "MATCH (d:Scenario {id: $id}) RETURN d.id AS id, d.name AS name, d.body AS body, d.createdAt AS createdAt, d.updatedAt AS updatedAt",
      },
      {
        "name": "scenario.list",
        "params": [
          "first",
        ],
        "text": "MATCH (d:Scenario) RETURN d.id AS id, d.name AS name, d.body AS body, d.createdAt AS createdAt, d.updatedAt AS updatedAt ORDER BY d.updatedAt DESC, d.id LIMIT toInteger($first)",
      },
      {
        "name": "scenario.update",
        "params": [
          "body",
          "id",
          "name",
        ],
        "text": "MATCH (d:Scenario {id: $id})
    SET d.name = coalesce($name, d.name), d.body = coalesce($body, d.body), d.updatedAt = toString(datetime())
    RETURN d.id AS id, d.name AS name, d.body AS body, d.createdAt AS createdAt, d.updatedAt AS updatedAt",
      },
    ]
  `);
  // The same statements for the other kind, on its own label.
  expect(statementsOf({ ...SAVED.SavedView }).map((s) => s.text)).toEqual(
    statementsOf({ ...SAVED.Scenario }).map((s) => s.text.replaceAll(':Scenario', ':SavedView')),
  );
});
