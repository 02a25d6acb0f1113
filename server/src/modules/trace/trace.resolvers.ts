import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const traceResolvers: Resolvers = {
  Query: {
    trace: (_, args, ctx) => ctx.services.trace.trace(args),
    paths: (_, { fromId, toId, maxLength, k }, ctx) => ctx.services.trace.paths(fromId, toId, maxLength, k),
  },
};
