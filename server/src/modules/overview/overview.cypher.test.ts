import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './overview.cypher.js';

it('keeps the overview statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot();
});
