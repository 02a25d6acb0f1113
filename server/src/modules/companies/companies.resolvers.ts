import { labelOfId } from '@g60/graph-schema';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import type { EntityRow } from '../entities/entity.rows.js';
import { related } from '../entities/related.resolvers.js';
import type { PartnerPage } from './companies.service.js';
import type { CompanyCard } from './companies.store.js';

/** The city an entity was read with: later `city` fields of the same response need no round trip. */
function primeCity(ctx: GraphContext, entityId: string, city: EntityRow | null): void {
  ctx.loaders.cityOf.prime(entityId, city);
  if (city) ctx.loaders.entity.prime(city.id, city);
}

/** What a card read brings, handed to the loaders its fields would otherwise call. */
function primeCard(ctx: GraphContext, card: CompanyCard): void {
  const id = card.company.id;
  ctx.loaders.entity.prime(id, card.company);
  primeCity(ctx, id, card.city);
  ctx.loaders.related({ parent: 'Company', type: 'OPERATES_IN', direction: 'OUT' }).prime(
    id,
    card.segments.map((entity) => ({ entity, role: null })),
  );
  ctx.loaders.related({ parent: 'Company', type: 'MEMBER_OF', direction: 'OUT' }).prime(id, card.memberships);
  ctx.loaders.companies.supplyDegree.prime(id, card.degree);
}

/** A page of partners: each partner's city came with it. */
function primePartners(ctx: GraphContext, page: PartnerPage): PartnerPage {
  for (const edge of page.edges) primeCity(ctx, edge.node.id, edge.city);
  return page;
}

export const companiesResolvers: Resolvers = {
  Query: {
    // One statement for the company and its card (city, segments, alliances, counts): a lookup is one round trip,
    // however many of those fields it asks for.
    company: async (_, { id }, ctx) => {
      if (labelOfId(id) !== 'Company') return null;
      const card = await ctx.loaders.companies.card.load(id);
      if (!card) return null;
      primeCard(ctx, card);
      return card.company;
    },
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
    suppliers: async (company, { first, after }, ctx) =>
      primePartners(
        ctx,
        await ctx.services.companies.partners(
          company.id,
          'UPSTREAM',
          first,
          after,
          async () => (await ctx.loaders.companies.supplyDegree.load(company.id)).suppliers,
        ),
      ),
    customers: async (company, { first, after }, ctx) =>
      primePartners(
        ctx,
        await ctx.services.companies.partners(
          company.id,
          'DOWNSTREAM',
          first,
          after,
          async () => (await ctx.loaders.companies.supplyDegree.load(company.id)).customers,
        ),
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
