import type { z } from 'zod';

/**
 * A named, parameterised Cypher statement and the shape of its rows. Stores run these through the executor and
 * get typed rows back; nothing outside `db/` sees a driver `Record`.
 */
export interface CypherQuery<P extends Record<string, unknown>, R> {
  /** Shown in Neo4j's query log through transaction metadata. */
  readonly name: string;
  readonly text: string;
  readonly row: z.ZodType<R>;
  /** Type-only marker for the parameters. */
  readonly params?: P;
}

export function cypher<P extends Record<string, unknown>, R>(
  name: string,
  text: string,
  row: z.ZodType<R>,
): CypherQuery<P, R> {
  return { name, text: text.trim(), row };
}

/** The parameter names a statement uses (`$name`), sorted: what its callers must pass. */
export function paramNames(query: { readonly text: string }): string[] {
  return [...new Set([...query.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))].sort();
}
