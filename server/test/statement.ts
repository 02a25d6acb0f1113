import { paramNames } from '../src/db/query.js';

/** What a Cypher snapshot test pins down: the statement's name, the parameters it takes, and its text. */
export function statement(query: { readonly name: string; readonly text: string }) {
  return { name: query.name, params: paramNames(query), text: query.text };
}

interface Statement {
  readonly name: string;
  readonly text: string;
}

const isStatement = (v: unknown): v is Statement =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Statement).name === 'string' &&
  typeof (v as Statement).text === 'string';

/** Every statement a *.cypher.ts module exports (constants, and per-label records of them), by name. */
export function statementsOf(module: Record<string, unknown>) {
  const found: Statement[] = [];
  for (const value of Object.values(module)) {
    if (isStatement(value)) found.push(value);
    else if (typeof value === 'object' && value !== null) found.push(...Object.values(value).filter(isStatement));
  }
  return found.sort((a, b) => a.name.localeCompare(b.name)).map(statement);
}
