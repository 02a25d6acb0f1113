import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: (_, { id, depth, limit }, ctx) => ctx.services.neighborhood.neighborhood(id, depth, limit),
  },
};
