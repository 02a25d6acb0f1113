import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import type { CityPairResult, CoverageResult, ResilienceResult } from '../../analysis/index.js';
import { entitiesOf, type EntityRow } from '../entities/index.js';
import type { SupplierGapsResult } from './gaps.service.js';

/** The entities an answer names: those read with it go to the loader first, so only the rest cost a read. */
export function namedBy(ctx: GraphContext, read: Record<string, EntityRow>, ids: string[]) {
  for (const id of ids) {
    const entity = read[id];
    if (entity) ctx.loaders.entity.prime(id, entity);
  }
  return entitiesOf(ctx, ids);
}

/** The GraphQL shapes of the whole-industry answers, for the real graph and for a scenario's. */
export async function coverageShape(ctx: GraphContext, r: CoverageResult) {
  const e = await namedBy(ctx, r.entities, [r.industryId, ...r.cityIds, ...r.rows.map((row) => row.segmentId)]);
  return {
    industry: e(r.industryId),
    cities: r.cityIds.map(e),
    rows: r.rows.map((row) => ({ ...row, segment: e(row.segmentId) })),
  };
}

export async function cityPairsShape(ctx: GraphContext, pairs: CityPairResult[], entities: Record<string, EntityRow>) {
  const e = await namedBy(
    ctx,
    entities,
    pairs.flatMap((p) => [
      p.from,
      p.to,
      ...p.bestUnlinked.flatMap((u) => [u.supplierId, u.customerId, u.supplierSegmentId, u.customerSegmentId]),
    ]),
  );
  return pairs.map((p) => ({
    from: e(p.from),
    to: e(p.to),
    potential: p.potential,
    actual: p.actual,
    ratio: p.ratio,
    bestUnlinked: p.bestUnlinked.map((u) => ({
      supplier: e(u.supplierId),
      customer: e(u.customerId),
      supplierSegment: e(u.supplierSegmentId),
      customerSegment: e(u.customerSegmentId),
    })),
  }));
}

export async function resilienceShape(ctx: GraphContext, r: ResilienceResult, entities: Record<string, EntityRow>) {
  const e = await namedBy(ctx, entities, [
    r.industryId,
    ...r.singleSourceSegmentIds,
    ...r.missingSegmentIds,
    ...r.cutCompanies.map((c) => c.companyId),
  ]);
  return {
    industry: e(r.industryId),
    singleSourceSegments: r.singleSourceSegmentIds.map(e),
    missingSegments: r.missingSegmentIds.map(e),
    cutCompanies: r.cutCompanies.map((c) => ({ company: e(c.companyId), stranded: c.stranded })),
    connectedDownstream: r.connectedDownstream,
  };
}

export async function supplierGapsShape(ctx: GraphContext, r: SupplierGapsResult) {
  const e = await namedBy(ctx, r.entities, [
    r.companyId,
    ...r.segments.flatMap((s) => [
      s.ownSegmentId,
      s.segmentId,
      ...s.partnerIds,
      ...s.candidates.map((c) => c.companyId),
    ]),
  ]);
  return {
    company: e(r.companyId),
    direction: r.direction,
    segments: r.segments.map((s) => ({
      ownSegment: e(s.ownSegmentId),
      segment: e(s.segmentId),
      partners: s.partnerIds.map(e),
      isGap: s.isGap,
      candidates: s.candidates.map((c) => ({ ...c, company: e(c.companyId) })),
    })),
  };
}

export const gapsResolvers: Resolvers = {
  Query: {
    chainCoverage: async (_, { industryId, cityIds }, ctx) =>
      coverageShape(ctx, await ctx.services.gaps.chainCoverage(industryId, cityIds)),
    supplierGaps: async (_, { companyId, direction, first }, ctx) =>
      supplierGapsShape(ctx, await ctx.services.gaps.supplierGaps(companyId, direction, first)),
    collaborationGaps: async (_, { industryId, first }, ctx) => {
      const { pairs, entities } = await ctx.services.gaps.collaborationGaps(industryId, first);
      return cityPairsShape(ctx, pairs, entities);
    },
    resilience: async (_, { industryId }, ctx) => {
      const r = await ctx.services.gaps.resilience(industryId);
      return resilienceShape(ctx, r, r.entities);
    },
  },
};
