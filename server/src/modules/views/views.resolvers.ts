import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const viewsResolvers: Resolvers = {
  Query: {
    savedViews: (_, { first }, ctx) => ctx.services.views.list(first),
    savedView: (_, { id }, ctx) => ctx.services.views.get(id),
  },
  Mutation: {
    saveView: (_, { id, name, state }, ctx) => {
      return ctx.services.views.save(id, name, state, ctx.principal.keyId);
    },
    renameView: (_, { id, name }, ctx) => {
      return ctx.services.views.rename(id, name);
    },
    deleteView: async (_, { id }, ctx) => {
      const ok = await ctx.services.views.delete(id);
      return { ok, errors: ok ? [] : [{ path: 'id', message: `no saved view "${id}"` }] };
    },
  },
};
