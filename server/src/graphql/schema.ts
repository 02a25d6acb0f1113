import { makeExecutableSchema } from '@graphql-tools/schema';
import { schemaSdl } from '@g60/graph-schema';
import type { GraphQLSchema } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { catalogResolvers } from '../modules/catalog/catalog.resolvers.js';
import { citiesResolvers } from '../modules/cities/cities.resolvers.js';
import { companiesResolvers } from '../modules/companies/companies.resolvers.js';
import { editingResolvers } from '../modules/editing/editing.resolvers.js';
import { entitiesResolvers } from '../modules/entities/entities.resolvers.js';
import { gapsResolvers } from '../modules/gaps/gaps.resolvers.js';
import { healthResolvers } from '../modules/health/health.resolvers.js';
import { neighborhoodResolvers } from '../modules/neighborhood/neighborhood.resolvers.js';
import { overviewResolvers } from '../modules/overview/overview.resolvers.js';
import { searchResolvers } from '../modules/search/search.resolvers.js';
import { scenariosResolvers } from '../modules/scenarios/scenarios.resolvers.js';
import { targetsResolvers } from '../modules/targets/targets.resolvers.js';
import { viewsResolvers } from '../modules/views/views.resolvers.js';
import { traceResolvers } from '../modules/trace/trace.resolvers.js';

const modules: Resolvers[] = [
  { JSON: JSONResolver },
  healthResolvers,
  entitiesResolvers,
  searchResolvers,
  neighborhoodResolvers,
  catalogResolvers,
  companiesResolvers,
  citiesResolvers,
  overviewResolvers,
  traceResolvers,
  gapsResolvers,
  targetsResolvers,
  scenariosResolvers,
  viewsResolvers,
  editingResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaSdl(),
    resolvers: modules,
    inheritResolversFromInterfaces: true,
  });
}
