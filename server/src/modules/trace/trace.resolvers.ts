import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const traceResolvers: Resolvers = {
  Query: {
    trace: (_, args, ctx) =>
      ctx.services.trace.trace({
        companyId: args.companyId,
        direction: args.direction ?? 'DOWNSTREAM',
        maxDepth: args.maxDepth ?? 2,
        industryId: args.industryId ?? null,
        cityIds: args.cityIds ?? null,
        limit: args.limit ?? 500,
      }),
    paths: (_, { fromId, toId, maxLength, k }, ctx) => ctx.services.trace.paths(fromId, toId, maxLength ?? 6, k ?? 3),
  },
};
