import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { entityOf } from '../entities/entities.resolvers.js';

export const citiesResolvers: Resolvers = {
  Query: {
    cityProfile: async (_, { cityId }, ctx) => {
      const profile = await ctx.services.cities.profile(cityId);
      return {
        city: await entityOf(ctx, profile.cityId),
        companies: profile.companies,
        industries: await Promise.all(
          profile.industries.map(async (i) => ({
            industry: await entityOf(ctx, i.industryId),
            companies: i.companies,
            segments: await Promise.all(
              i.segments.map(async (s) => ({ segment: await entityOf(ctx, s.segmentId), companies: s.companies })),
            ),
          })),
        ),
      };
    },
  },
};
