import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './scenarios.cypher.js';

it('keeps the scenario statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "scenario.memberCityPlaces",
        "params": [],
        "text": "MATCH (c:City {role: 'MEMBER'}) RETURN c.id AS id, c.lat AS lat, c.lng AS lng ORDER BY c.id",
      },
    ]
  `);
});
