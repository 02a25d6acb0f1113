import { paramNames } from '../src/db/query.js';

/** What a Cypher snapshot test pins down: the statement's name, the parameters it takes, and its text. */
export function statement(query: { readonly name: string; readonly text: string }) {
  return { name: query.name, params: paramNames(query), text: query.text };
}
