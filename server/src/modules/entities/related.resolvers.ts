/** Field resolvers for one-hop relationship fields, batched per request through the `related` loaders. */
import type { GraphContext } from '../../context.js';
import type { EntityRow } from './entity.rows.js';
import type { RelatedSpec } from './related.cypher.js';

/** A list field: every entity one hop away. */
export const related =
  (spec: RelatedSpec) =>
  async (parent: EntityRow, _: unknown, ctx: GraphContext): Promise<EntityRow[]> =>
    (await ctx.loaders.related(spec).load(parent.id)).map((r) => r.entity);

/** A single field: the first entity one hop away, or null. */
export const relatedOne =
  (spec: RelatedSpec) =>
  async (parent: EntityRow, _: unknown, ctx: GraphContext): Promise<EntityRow | null> =>
    (await ctx.loaders.related(spec).load(parent.id))[0]?.entity ?? null;
