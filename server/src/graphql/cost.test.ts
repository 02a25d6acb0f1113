import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './cost.js';
import { buildSchema } from './schema.js';

const schema = buildSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return operationCost(schema, document, operation!, variables);
};

describe('query cost', () => {
  it('prices a page by its size, the same whether the size is a literal or a variable', () => {
    const literal = cost('{ companies(first: 500) { edges { node { id segments { id } } } } }');
    const variable = cost('query($n: Int) { companies(first: $n) { edges { node { id segments { id } } } } }', {
      n: 500,
    });
    expect(literal).toBe(variable);
    expect(literal).toBe(20 + 500 * 3);
    expect(cost('{ companies(first: 5) { edges { node { id } } } }')).toBe(20 + 5 * 2);
  });

  it('prices the default when an argument is omitted, and never beyond its range', () => {
    expect(cost('{ trace(companyId: "company:x") { truncated } }')).toBe(5 * 2 + 500 / 20);
    expect(
      cost('query($d: Int) { trace(companyId: "company:x", maxDepth: $d, limit: 99999) { truncated } }', { d: 6 }),
    ).toBe(5 * 6 + 5000 / 20);
  });

  it('counts every alias and every fragment spread', () => {
    const one = cost('{ resilience(industryId: "industry:nev") { connectedDownstream } }');
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `r${i}: resilience(industryId: "industry:nev") { connectedDownstream }`,
    );
    expect(cost(`{ ${aliases.join(' ')} }`)).toBe(15 * one);
    expect(
      cost('{ ...F } fragment F on Query { resilience(industryId: "industry:nev") { connectedDownstream } }'),
    ).toBe(one);
  });

  it('keeps what the gaps page asks in one request under the budget, and the analyses of 21 industries over it', () => {
    const page = cost(
      `{ chainCoverage(industryId: "i") { rows { total } } collaborationGaps(industryId: "i", first: 72) { potential }
         resilience(industryId: "i") { cutCompanies { stranded } } }`,
    );
    expect(page).toBeLessThan(20_000);
    const many = Array.from({ length: 21 }, (_, i) => `r${i}: resilience(industryId: "i${i}") { connectedDownstream }`);
    expect(cost(`{ ${many.join(' ')} }`)).toBeGreaterThan(20_000);
  });
});
