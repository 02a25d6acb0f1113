import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import type { EntityRow } from '../entities/entity.rows.js';
import type { RelatedSpec } from './related.cypher.js';

const related =
  (spec: RelatedSpec) =>
  async (parent: EntityRow, _: unknown, ctx: GraphContext): Promise<EntityRow[]> =>
    (await ctx.loaders.lookups.related(spec).load(parent.id)).map((r) => r.entity);

const first =
  (spec: RelatedSpec) =>
  async (parent: EntityRow, _: unknown, ctx: GraphContext): Promise<EntityRow | null> =>
    (await ctx.loaders.lookups.related(spec).load(parent.id))[0]?.entity ?? null;

export const lookupsResolvers: Resolvers = {
  Query: {
    industry: async (_, { id }, ctx) => {
      const e = await ctx.loaders.entity.load(id);
      return e?.kind === 'Industry' ? e : null;
    },
    industries: (_, __, ctx) => ctx.services.lookups.industries(),
    alliances: (_, __, ctx) => ctx.services.lookups.alliances(),
    parks: (_, __, ctx) => ctx.services.lookups.parks(),
    projects: (_, __, ctx) => ctx.services.lookups.projects(),
    agreements: (_, __, ctx) => ctx.services.lookups.agreements(),
    companies: (_, { filter, first: n, after }, ctx) => ctx.services.lookups.companies(filter, n ?? 50, after),
  },
  CompanyConnection: { totalCount: (page) => page.totalCount() },
  Industry: {
    segments: related({ parent: 'Industry', type: 'PART_OF', direction: 'IN' }),
    feeds: async (industry, _, ctx) => {
      const links = await ctx.loaders.lookups.feeds.load(industry.id);
      const segments = await ctx.loaders.entity.loadMany(links.flatMap((l) => [l.from, l.to]));
      const byId = new Map(
        segments.filter((s): s is EntityRow => s !== null && !(s instanceof Error)).map((s) => [s.id, s]),
      );
      return links.flatMap((l) => {
        const from = byId.get(l.from);
        const to = byId.get(l.to);
        return from && to ? [{ from, to }] : [];
      });
    },
    companyCount: (industry, _, ctx) => ctx.loaders.lookups.industryCompanyCount.load(industry.id),
  },
  Segment: {
    industry: first({ parent: 'Segment', type: 'PART_OF', direction: 'OUT' }),
    upstream: related({ parent: 'Segment', type: 'FEEDS', direction: 'IN' }),
    downstream: related({ parent: 'Segment', type: 'FEEDS', direction: 'OUT' }),
    companyCount: (segment, _, ctx) => ctx.loaders.lookups.segmentCompanyCount.load(segment.id),
  },
  Company: {
    segments: related({ parent: 'Company', type: 'OPERATES_IN', direction: 'OUT' }),
    parks: related({ parent: 'Company', type: 'IN_PARK', direction: 'OUT' }),
    projects: related({ parent: 'Company', type: 'PARTICIPATES_IN', direction: 'OUT' }),
    memberships: async (company, _, ctx) =>
      (
        await ctx.loaders.lookups.related({ parent: 'Company', type: 'MEMBER_OF', direction: 'OUT' }).load(company.id)
      ).map((r) => ({ alliance: r.entity, role: r.role ?? 'MEMBER' })),
    supplierCount: async (company, _, ctx) => (await ctx.loaders.lookups.supplyDegree.load(company.id)).suppliers,
    customerCount: async (company, _, ctx) => (await ctx.loaders.lookups.supplyDegree.load(company.id)).customers,
  },
  Park: { industries: related({ parent: 'Park', type: 'FOCUSES_ON', direction: 'OUT' }) },
  Alliance: {
    hostCity: first({ parent: 'Alliance', type: 'HOSTED_IN', direction: 'OUT' }),
    industries: related({ parent: 'Alliance', type: 'FOCUSES_ON', direction: 'OUT' }),
  },
  Project: {
    industries: related({ parent: 'Project', type: 'FOCUSES_ON', direction: 'OUT' }),
    participants: related({ parent: 'Project', type: 'PARTICIPATES_IN', direction: 'IN' }),
  },
  Agreement: { signatories: related({ parent: 'Agreement', type: 'SIGNED_BY', direction: 'OUT' }) },
};
