/** Health: `health`, and /healthz. */
import { defineModule } from '../module.js';
import { healthResolvers } from './health.resolvers.js';
import { HealthService } from './health.service.js';
import { HealthStore } from './health.store.js';

export { HealthService, type HealthReport } from './health.service.js';

declare module '../../context.js' {
  interface Services {
    health: HealthService;
  }
}

export const healthModule = defineModule({
  name: 'health',
  resolvers: healthResolvers,
  create: ({ executor }) => ({ services: { health: new HealthService(new HealthStore(executor)) } }),
});
