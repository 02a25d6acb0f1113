import { labelOfId } from '@g60/graph-schema';
import { Kind, getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import type { SupplyDirection } from '../../db/direction.js';
import type { EntityRow } from '../entities/index.js';
import { related } from '../entities/index.js';
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

/** A page of a company's suppliers or customers through the request's loader; each partner's city primed. */
async function partnerPage(
  ctx: GraphContext,
  companyId: string,
  direction: SupplyDirection,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<PartnerPage> {
  const degree = async () => {
    const d = await ctx.loaders.companies.supplyDegree.load(companyId);
    return direction === 'UPSTREAM' ? d.suppliers : d.customers;
  };
  const page = await ctx.services.companies.partners(companyId, direction, first, after, degree, (a, n) =>
    ctx.loaders.companies.partners.load({ companyId, direction, after: a, first: n }),
  );
  for (const edge of page.edges) primeCity(ctx, edge.node.id, edge.city);
  return page;
}

const PARTNER_FIELDS: Record<string, SupplyDirection> = { suppliers: 'UPSTREAM', customers: 'DOWNSTREAM' };

/**
 * The supplier and customer pages a `company(id)` selection asks for, requested in the same turn as the card, so
 * the executor reads them in the same transaction: "a company and its first 50 suppliers" is one round trip, as
 * the library that compiles one statement per request gets. Only plain selections are looked at; anything else
 * (fragments, a bad argument) is left to the field's own resolver, which answers or refuses it as usual.
 */
function askPartnersEarly(ctx: GraphContext, companyId: string, info: GraphQLResolveInfo): void {
  const type = info.schema.getType('Company');
  if (!isObjectType(type)) return;
  for (const node of info.fieldNodes) {
    for (const sel of node.selectionSet?.selections ?? []) {
      if (sel.kind !== Kind.FIELD) continue;
      const direction = PARTNER_FIELDS[sel.name.value];
      const field = type.getFields()[sel.name.value];
      if (!direction || !field) continue;
      try {
        const args = getArgumentValues(field, sel, info.variableValues) as { first?: number; after?: string };
        partnerPage(ctx, companyId, direction, args.first, args.after).catch(() => undefined);
      } catch {
        // The field's resolver reports it.
      }
    }
  }
}

export const companiesResolvers: Resolvers = {
  Query: {
    // One statement for the company and its card (city, segments, alliances, counts): a lookup is one round trip,
    // however many of those fields it asks for.
    company: async (_, { id }, ctx, info) => {
      if (labelOfId(id) !== 'Company') return null;
      const loading = ctx.loaders.companies.card.load(id);
      askPartnersEarly(ctx, id, info);
      const card = await loading;
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
    suppliers: (company, { first, after }, ctx) => partnerPage(ctx, company.id, 'UPSTREAM', first, after),
    customers: (company, { first, after }, ctx) => partnerPage(ctx, company.id, 'DOWNSTREAM', first, after),
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
