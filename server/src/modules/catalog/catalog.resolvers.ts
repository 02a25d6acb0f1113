import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { related, relatedOne } from '../entities/index.js';

export const catalogResolvers: Resolvers = {
  Query: {
    industries: (_, __, ctx) => ctx.services.catalog.list('Industry'),
    alliances: (_, __, ctx) => ctx.services.catalog.list('Alliance'),
    parks: (_, __, ctx) => ctx.services.catalog.list('Park'),
    projects: (_, __, ctx) => ctx.services.catalog.list('Project'),
    agreements: (_, __, ctx) => ctx.services.catalog.list('Agreement'),
  },
  Industry: {
    segments: related({ parent: 'Industry', type: 'PART_OF', direction: 'IN' }),
    feeds: async (industry, _, ctx) => {
      const links = await ctx.loaders.catalog.feeds.load(industry.id);
      const segments = await ctx.loaders.entity.loadMany(links.flatMap((l) => [l.from, l.to]));
      const byId = new Map(segments.flatMap((s) => (s && !(s instanceof Error) ? [[s.id, s] as const] : [])));
      return links.flatMap((l) => {
        const from = byId.get(l.from);
        const to = byId.get(l.to);
        return from && to ? [{ from, to }] : [];
      });
    },
    companyCount: (industry, _, ctx) => ctx.loaders.catalog.industryCompanyCount.load(industry.id),
  },
  Segment: {
    industry: relatedOne({ parent: 'Segment', type: 'PART_OF', direction: 'OUT' }),
    upstream: related({ parent: 'Segment', type: 'FEEDS', direction: 'IN' }),
    downstream: related({ parent: 'Segment', type: 'FEEDS', direction: 'OUT' }),
    companyCount: (segment, _, ctx) => ctx.loaders.catalog.segmentCompanyCount.load(segment.id),
  },
  Park: { industries: related({ parent: 'Park', type: 'FOCUSES_ON', direction: 'OUT' }) },
  Alliance: {
    hostCity: relatedOne({ parent: 'Alliance', type: 'HOSTED_IN', direction: 'OUT' }),
    industries: related({ parent: 'Alliance', type: 'FOCUSES_ON', direction: 'OUT' }),
  },
  Project: {
    industries: related({ parent: 'Project', type: 'FOCUSES_ON', direction: 'OUT' }),
    participants: related({ parent: 'Project', type: 'PARTICIPATES_IN', direction: 'IN' }),
  },
  Agreement: { signatories: related({ parent: 'Agreement', type: 'SIGNED_BY', direction: 'OUT' }) },
};
