/** Scenarios: `whatIf`, `whatIfSupplierGaps`, saved scenarios (docs/scenarios.md), over the analysis engine. */
import { SavedStore } from '../saved/index.js';
import { defineModule } from '../module.js';
import { scenariosResolvers } from './scenarios.resolvers.js';
import { ScenariosService } from './scenarios.service.js';
import { ScenariosStore } from './scenarios.store.js';

declare module '../../context.js' {
  interface Services {
    scenarios: ScenariosService;
  }
}

export const scenariosModule = defineModule({
  name: 'scenarios',
  resolvers: scenariosResolvers,
  create: ({ executor, engine }, services) => ({
    services: {
      scenarios: new ScenariosService(new ScenariosStore(executor, new SavedStore(executor, 'Scenario')), engine, {
        supplierGaps: (...args) => services.gaps.supplierGaps(...args),
      }),
    },
  }),
});
