/**
 * Gaps: `chainCoverage`, `supplierGaps`, `collaborationGaps`, `resilience` — the analysis engine's answers for the
 * real graph, and the GraphQL shapes a scenario's answers share.
 */
import { defineModule } from '../module.js';
import { gapsResolvers } from './gaps.resolvers.js';
import { GapsService } from './gaps.service.js';
import { GapsStore } from './gaps.store.js';

export { cityPairsShape, coverageShape, namedBy, resilienceShape, supplierGapsShape } from './gaps.resolvers.js';
export { GapsService, expectIndustryId, type SupplierGapsResult } from './gaps.service.js';

/** The statements, for the bench's raw-driver baselines. */
export * as gapsStatements from './gaps.cypher.js';
declare module '../../context.js' {
  interface Services {
    gaps: GapsService;
  }
}

export const gapsModule = defineModule({
  name: 'gaps',
  resolvers: gapsResolvers,
  create: ({ executor, engine }) => ({ services: { gaps: new GapsService(new GapsStore(executor), engine) } }),
});
