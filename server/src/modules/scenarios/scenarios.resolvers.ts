import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { GraphContext } from '../../context.js';
import { isAddedCompany, type ScenarioAnalysisResult } from '../../analysis/index.js';
import { cityPairsShape, coverageShape, namedBy, resilienceShape, supplierGapsShape } from '../gaps/index.js';

/** The entities of a scenario's answers: the ones it read or added first, the loader for the rest. */
const named = (ctx: GraphContext, a: ScenarioAnalysisResult, ids: string[]) => namedBy(ctx, a.entities, ids);

export const scenariosResolvers: Resolvers = {
  Query: {
    scenarios: (_, { first }, ctx) => ctx.services.scenarios.list(first),
    scenario: (_, { id }, ctx) => ctx.services.scenarios.get(id),
    whatIf: (_, { industryId, changes }, ctx) => ctx.services.scenarios.analysis(industryId, changes),
    whatIfSupplierGaps: async (_, { industryId, changes, companyId, direction, first }, ctx) =>
      supplierGapsShape(
        ctx,
        await ctx.services.scenarios.supplierGaps(industryId, changes, companyId, direction, first),
      ),
  },
  Mutation: {
    saveScenario: (_, { input }, ctx) => ctx.services.scenarios.save(input, ctx.principal.keyId),
    renameScenario: (_, { id, name }, ctx) => ctx.services.scenarios.rename(id, name),
    deleteScenario: async (_, { id }, ctx) => {
      const ok = await ctx.services.scenarios.delete(id);
      return { ok, errors: ok ? [] : [{ path: 'id', message: `no scenario "${id}"` }] };
    },
  },
  Scenario: {
    industry: (s, _, ctx) => (s.industryId ? ctx.loaders.entity.load(s.industryId) : null),
    analysis: (s, { industryId }, ctx) => ctx.services.scenarios.analysis(industryId ?? s.industryId, s.changes),
  },
  ScenarioAnalysis: {
    industry: async (a, _, ctx) => (await named(ctx, a, [a.industryId]))(a.industryId),
    coverage: (a, { cityIds }, ctx) => coverageShape(ctx, ctx.services.scenarios.coverage(a, cityIds)),
    collaborationGaps: (a, { first }, ctx) =>
      cityPairsShape(ctx, ctx.services.scenarios.collaboration(a, first), a.entities),
    resilience: (a, _, ctx) => resilienceShape(ctx, a.after.resilience, a.entities),
    diff: (a) => a.diff,
  },
  ScenarioChange: {
    company: (c, _, ctx) => real(ctx, c.companyId),
    city: (c, _, ctx) => real(ctx, c.cityId),
    segment: (c, _, ctx) => real(ctx, c.segmentId),
    supplier: (c, _, ctx) => real(ctx, c.supplierId),
    customer: (c, _, ctx) => real(ctx, c.customerId),
  },
  ScenarioCellChange: {
    segment: (c, _, ctx) => entity(ctx, c.segmentId),
    city: (c, _, ctx) => (c.cityId ? entity(ctx, c.cityId) : null),
  },
  ScenarioCompanyChange: {
    company: (c, _, ctx) => entity(ctx, c.companyId),
    segments: (c, _, ctx) => Promise.all(c.segmentIds.map((id) => entity(ctx, id))),
  },
  ScenarioCityPairChange: {
    from: (p, _, ctx) => entity(ctx, p.from),
    to: (p, _, ctx) => entity(ctx, p.to),
    gapClosed: (p) => p.potentialBefore > p.actualBefore && p.potentialAfter === p.actualAfter,
    newlyLinked: (p) => p.actualBefore === 0 && p.actualAfter > 0,
  },
};

/** An entity a change names, when it is a real one (a company the scenario added is only in the scenario). */
const real = (ctx: GraphContext, id: string | null | undefined) =>
  id && !isAddedCompany(id) ? ctx.loaders.entity.load(id) : null;

/** An entity the diff names (batched by the request's loader); they all exist, the diff names real ones only. */
async function entity(ctx: GraphContext, id: string) {
  const found = await ctx.loaders.entity.load(id);
  if (!found) throw new Error(`entity ${id} was not found`);
  return found;
}
