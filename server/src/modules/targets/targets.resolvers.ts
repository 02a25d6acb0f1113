import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { entityOf } from '../entities/index.js';

export const targetsResolvers: Resolvers = {
  Query: {
    targetList: (_, { cityId, industryId, first }, ctx) => ctx.services.targets.targetList(cityId, industryId, first),
  },
  TargetList: {
    city: (l, _, ctx) => entityOf(ctx, l.cityId),
    industry: (l, _, ctx) => entityOf(ctx, l.industryId),
  },
  TargetSegment: { segment: (s, _, ctx) => entityOf(ctx, s.segmentId) },
  TargetCandidate: {
    company: (c, _, ctx) => entityOf(ctx, c.companyId),
    city: (c, _, ctx) => entityOf(ctx, c.cityId),
  },
};
