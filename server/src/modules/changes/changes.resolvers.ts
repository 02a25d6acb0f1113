import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const changesResolvers: Resolvers = {
  Query: {
    changes: (_, { since, first, after }, ctx) => ctx.services.changes.changes(since, first, after),
  },
  ChangeSet: {
    entities: (c, { first, after }, ctx) => ctx.services.changes.entities(c.id, first, after),
  },
};
