import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { related } from '../entities/related.resolvers.js';

export const companiesResolvers: Resolvers = {
  Query: {
    companies: (_, { filter, first, after }, ctx) => ctx.services.companies.companies(filter, first, after),
  },
  CompanyConnection: { totalCount: (page) => page.totalCount() },
  SupplyConnection: { totalCount: (page) => page.totalCount() },
  City: {
    companies: (city, { first, after }, ctx) => ctx.services.companies.companies({ cityIds: [city.id] }, first, after),
  },
  Segment: {
    companies: (segment, { cityIds, first, after }, ctx) =>
      ctx.services.companies.companies({ segmentId: segment.id, cityIds }, first, after),
  },
  Company: {
    suppliers: (company, { first, after }, ctx) =>
      ctx.services.companies.partners(
        company.id,
        'UPSTREAM',
        first,
        after,
        async () => (await ctx.loaders.companies.supplyDegree.load(company.id)).suppliers,
      ),
    customers: (company, { first, after }, ctx) =>
      ctx.services.companies.partners(
        company.id,
        'DOWNSTREAM',
        first,
        after,
        async () => (await ctx.loaders.companies.supplyDegree.load(company.id)).customers,
      ),
    segments: related({ parent: 'Company', type: 'OPERATES_IN', direction: 'OUT' }),
    parks: related({ parent: 'Company', type: 'IN_PARK', direction: 'OUT' }),
    projects: related({ parent: 'Company', type: 'PARTICIPATES_IN', direction: 'OUT' }),
    memberships: async (company, _, ctx) =>
      (await ctx.loaders.related({ parent: 'Company', type: 'MEMBER_OF', direction: 'OUT' }).load(company.id)).map(
        (r) => ({ alliance: r.entity, role: r.role ?? 'MEMBER' }),
      ),
    supplierCount: async (company, _, ctx) => (await ctx.loaders.companies.supplyDegree.load(company.id)).suppliers,
    customerCount: async (company, _, ctx) => (await ctx.loaders.companies.supplyDegree.load(company.id)).customers,
  },
};
