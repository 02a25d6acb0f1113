import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { entityOf } from '../entities/index.js';

/** The profile travels as ids and counts; each entity field loads through the request's entity loader. */
export const citiesResolvers: Resolvers = {
  Query: { cityProfile: (_, { cityId }, ctx) => ctx.services.cities.profile(cityId) },
  CityProfile: { city: (p, _, ctx) => entityOf(ctx, p.cityId) },
  CityIndustry: { industry: (i, _, ctx) => entityOf(ctx, i.industryId) },
  SegmentCount: { segment: (s, _, ctx) => entityOf(ctx, s.segmentId) },
};
