/**
 * Overview: `corridorOverview`, `segmentCompanies`, `corridorIndicators`; the corridor aggregates, kept per
 * corridor revision (revisions/), which cities and targets answer from too.
 */
import { defineModule } from '../module.js';
import { overviewResolvers } from './overview.resolvers.js';
import { OverviewService } from './overview.service.js';
import { OverviewStore } from './overview.store.js';

export type { CorridorFacts } from './corridorFacts.js';
export { OverviewService } from './overview.service.js';

/** The statements, for the bench's raw-driver baselines. */
export * as overviewStatements from './overview.cypher.js';
export { buildCorridorFacts } from './corridorFacts.js';
export { indicatorsOf, latestYear } from './indicators.js';
export { overviewOf } from './overview.js';
export { CORRIDOR_FORMAT, CORRIDOR_KEY } from './overview.service.js';
declare module '../../context.js' {
  interface Services {
    overview: OverviewService;
  }
}

export const overviewModule = defineModule({
  name: 'overview',
  resolvers: overviewResolvers,
  create: ({ executor, revisions, gate, analysisTimeoutMs }) => ({
    services: {
      overview: new OverviewService(new OverviewStore(executor, revisions, analysisTimeoutMs), revisions, gate),
    },
  }),
});
