import { makeExecutableSchema } from '@graphql-tools/schema';
import { schemaSdl } from '@g60/graph-schema';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { MODULES } from '../modules/index.js';
import { withScopes } from './scopes.js';

/** Every module's resolvers, from the one list of modules. */
const resolvers: Resolvers[] = [
  { JSON: JSONResolver, DateTime: DateTimeResolver },
  ...MODULES.flatMap((m) => (m.resolvers ? [m.resolvers] : [])),
];

export function buildSchema(): GraphQLSchema {
  // Every field that declares `@requiresScope` checks the caller's scopes before its resolver (scopes.ts).
  return withScopes(
    makeExecutableSchema({
      typeDefs: schemaSdl(),
      resolvers,
      inheritResolversFromInterfaces: true,
    }),
  );
}
