/** Trace: `trace` (suppliers and customers tier by tier) and `paths` (the k shortest supply paths). */
import { defineModule } from '../module.js';
import { traceResolvers } from './trace.resolvers.js';
import { TraceService } from './trace.service.js';
import { TraceStore } from './trace.store.js';

/** The statements, for the bench's raw-driver baselines. */
export * as traceStatements from './trace.cypher.js';
declare module '../../context.js' {
  interface Services {
    trace: TraceService;
  }
}

export const traceModule = defineModule({
  name: 'trace',
  resolvers: traceResolvers,
  create: ({ executor }) => ({ services: { trace: new TraceService(new TraceStore(executor)) } }),
});
