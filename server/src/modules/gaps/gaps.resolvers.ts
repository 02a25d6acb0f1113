import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { entityOf as entity } from '../entities/entities.resolvers.js';

export const gapsResolvers: Resolvers = {
  Query: {
    chainCoverage: async (_, { industryId, cityIds }, ctx) => {
      const result = await ctx.services.gaps.chainCoverage(industryId, cityIds);
      return {
        industry: await entity(ctx, result.industryId),
        cities: await Promise.all(result.cityIds.map((id) => entity(ctx, id))),
        rows: await Promise.all(
          result.rows.map(async (row) => ({ ...row, segment: await entity(ctx, row.segmentId) })),
        ),
      };
    },
    supplierGaps: async (_, { companyId, direction, first }, ctx) => {
      const result = await ctx.services.gaps.supplierGaps(companyId, direction, first);
      return {
        company: await entity(ctx, result.companyId),
        direction: result.direction,
        segments: await Promise.all(
          result.segments.map(async (s) => ({
            ownSegment: await entity(ctx, s.ownSegmentId),
            segment: await entity(ctx, s.segmentId),
            partners: await Promise.all(s.partnerIds.map((id) => entity(ctx, id))),
            isGap: s.isGap,
            candidates: await Promise.all(
              s.candidates.map(async (c) => ({ ...c, company: await entity(ctx, c.companyId) })),
            ),
          })),
        ),
      };
    },
    collaborationGaps: async (_, { industryId, first }, ctx) => {
      const pairs = await ctx.services.gaps.collaborationGaps(industryId, first);
      return Promise.all(
        pairs.map(async (p) => ({
          from: await entity(ctx, p.from),
          to: await entity(ctx, p.to),
          potential: p.potential,
          actual: p.actual,
          ratio: p.ratio,
          bestUnlinked: await Promise.all(
            p.bestUnlinked.map(async (u) => ({
              supplier: await entity(ctx, u.supplierId),
              customer: await entity(ctx, u.customerId),
              supplierSegment: await entity(ctx, u.supplierSegmentId),
              customerSegment: await entity(ctx, u.customerSegmentId),
            })),
          ),
        })),
      );
    },
    resilience: async (_, { industryId }, ctx) => {
      const r = await ctx.services.gaps.resilience(industryId);
      return {
        industry: await entity(ctx, r.industryId),
        singleSourceSegments: await Promise.all(r.singleSourceSegmentIds.map((id) => entity(ctx, id))),
        missingSegments: await Promise.all(r.missingSegmentIds.map((id) => entity(ctx, id))),
        cutCompanies: await Promise.all(
          r.cutCompanies.map(async (c) => ({ company: await entity(ctx, c.companyId), stranded: c.stranded })),
        ),
        connectedDownstream: r.connectedDownstream,
      };
    },
  },
};
