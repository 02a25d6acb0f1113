import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const healthResolvers: Resolvers = {
  Query: { health: (_, __, ctx) => ctx.services.health.check() },
};
