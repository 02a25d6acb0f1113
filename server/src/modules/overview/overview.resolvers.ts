import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { entityOf } from '../entities/index.js';

/** Answers travel as ids and counts; each entity field loads through the request's entity loader. */
export const overviewResolvers: Resolvers = {
  Query: {
    corridorOverview: (_, { industryId, since }, ctx) => ctx.services.overview.overview(industryId, since),
    segmentCompanies: (_, { segmentId, cityId, first, after }, ctx) =>
      ctx.services.overview.segmentCompanies(segmentId, cityId, first, after),
    corridorIndicators: (_, { fromYear, toYear }, ctx) => ctx.services.overview.indicators(fromYear, toYear),
  },
  CorridorOverview: {
    industry: (o, _, ctx) => (o.industryId ? entityOf(ctx, o.industryId) : null),
    segments: (o, _, ctx) => Promise.all(o.segmentIds.map((id) => entityOf(ctx, id))),
    flows: (o, { first }, ctx) => ctx.services.overview.flows(o, first),
  },
  OverviewCity: { city: (c, _, ctx) => entityOf(ctx, c.cityId) },
  IndustryCount: { industry: (c, _, ctx) => entityOf(ctx, c.industryId) },
  CityLink: { from: (l, _, ctx) => entityOf(ctx, l.fromCityId), to: (l, _, ctx) => entityOf(ctx, l.toCityId) },
  OverviewCell: {
    city: (c, _, ctx) => entityOf(ctx, c.cityId),
    segment: (c, _, ctx) => entityOf(ctx, c.segmentId),
  },
  SegmentFlow: {
    fromCity: (f, _, ctx) => entityOf(ctx, f.fromCityId),
    fromSegment: (f, _, ctx) => entityOf(ctx, f.fromSegmentId),
    toCity: (f, _, ctx) => entityOf(ctx, f.toCityId),
    toSegment: (f, _, ctx) => entityOf(ctx, f.toSegmentId),
  },
  SegmentCompanyConnection: { totalCount: (page) => page.totalCount() },
  CityIndicators: { city: (c, _, ctx) => entityOf(ctx, c.cityId) },
  IndustryCompleteness: { industry: (c, _, ctx) => entityOf(ctx, c.industryId) },
};
