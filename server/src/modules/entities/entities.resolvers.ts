import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import type { EntityRow } from './entity.rows.js';
import { kindOf } from './entity.rows.js';

const entityFields = {
  kind: (e: EntityRow) => kindOf(e.kind),
  sources: async (e: EntityRow, _: unknown, ctx: GraphContext) =>
    (await ctx.loaders.citations.load(e.id)).map((c) => ({
      sourceId: c.sourceId,
      title: c.title,
      publisher: c.publisher,
      publishedOn: c.publishedOn,
      quote: c.quote,
    })),
};

const located = {
  ...entityFields,
  city: async (e: EntityRow, _: unknown, ctx: GraphContext) => {
    const city = await ctx.loaders.cityOf.load(e.id);
    if (city) ctx.loaders.entity.prime(city.id, city);
    return city;
  },
};

/**
 * An entity a query has just read, for a field typed with it; a null here would be a broken graph (deleted
 * in between), not a user error.
 */
export async function entityOf(ctx: GraphContext, id: string): Promise<EntityRow> {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new Error(`entity ${id} vanished during the request`);
  return e;
}

/**
 * Every entity an answer names, loaded at once — one batch of the entity loader, one transaction — and handed
 * back as a lookup, so a resolver builds its answer without a wave of loads per nesting level.
 */
export async function entitiesOf(ctx: GraphContext, ids: Iterable<string>): Promise<(id: string) => EntityRow> {
  const unique = [...new Set(ids)];
  const rows = await Promise.all(unique.map((id) => entityOf(ctx, id)));
  const byId = new Map(unique.map((id, i) => [id, rows[i] as EntityRow]));
  return (id) => {
    const e = byId.get(id);
    if (!e) throw new Error(`entity ${id} was not loaded`);
    return e;
  };
}

async function ofKind(ctx: GraphContext, id: string, kind: EntityRow['kind']): Promise<EntityRow | null> {
  const entity = await ctx.loaders.entity.load(id);
  return entity?.kind === kind ? entity : null;
}

export const entitiesResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => ctx.loaders.entity.load(id),
    city: (_, { id }, ctx) => ofKind(ctx, id, 'City'),
    industry: (_, { id }, ctx) => ofKind(ctx, id, 'Industry'),
    cities: (_, __, ctx) => ctx.services.entities.cities(),
  },
  Entity: { __resolveType: (e) => e.kind },
  City: entityFields,
  Industry: entityFields,
  Segment: entityFields,
  Company: located,
  Park: located,
  Alliance: entityFields,
  Project: located,
  Agreement: entityFields,
  Source: entityFields,
};
