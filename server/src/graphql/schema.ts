import { makeExecutableSchema } from '@graphql-tools/schema';
import { schemaSdl } from '@g60/graph-schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { entitiesResolvers } from '../modules/entities/entities.resolvers.js';
import { healthResolvers } from '../modules/health/health.resolvers.js';
import { neighborhoodResolvers } from '../modules/neighborhood/neighborhood.resolvers.js';
import { searchResolvers } from '../modules/search/search.resolvers.js';

const modules: Resolvers[] = [healthResolvers, entitiesResolvers, searchResolvers, neighborhoodResolvers];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaSdl(),
    resolvers: modules,
    inheritResolversFromInterfaces: true,
  });
}
