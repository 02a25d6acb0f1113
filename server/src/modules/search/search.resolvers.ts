import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, kinds, first }, ctx) => ctx.services.search.search(text, kinds, first),
  },
};
