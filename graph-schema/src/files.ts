import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fillLimits } from './limits.js';

// The package's folder through the package system, not this file's place: the server bundles this module into
// server/dist, and the SDL and constraints still live here.
const root = dirname(createRequire(import.meta.url).resolve('@g60/graph-schema/package.json'));

/**
 * The GraphQL SDL, one string per `graphql/*.graphql` file, base types first, with the numbers of `LIMITS` filled
 * into descriptions and argument defaults. Server and codegen both read the schema through here.
 */
export function schemaSdl(): string[] {
  const dir = join(root, 'graphql');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fillLimits(readFileSync(join(dir, f), 'utf8')));
}

/**
 * The statements of `constraints.cypher`, split on `;` at line ends. Every statement uses `IF NOT EXISTS`, which
 * is what makes the migration idempotent.
 */
export function constraintStatements(): string[] {
  return readFileSync(join(root, 'constraints.cypher'), 'utf8')
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
