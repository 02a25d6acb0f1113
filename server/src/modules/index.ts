/**
 * Every server module, in the order they are made (a module may use an earlier one's services at once, a later
 * one's only lazily). context.ts makes their services and loaders from this list and graphql/schema.ts takes
 * their resolvers from it: adding a module is one line here.
 */
import { accessModule } from './access/index.js';
import { catalogModule } from './catalog/index.js';
import { changesModule } from './changes/index.js';
import { citiesModule } from './cities/index.js';
import { companiesModule } from './companies/index.js';
import { editingModule } from './editing/index.js';
import { entitiesModule } from './entities/index.js';
import { gapsModule } from './gaps/index.js';
import { healthModule } from './health/index.js';
import { neighborhoodModule } from './neighborhood/index.js';
import { overviewModule } from './overview/index.js';
import { scenariosModule } from './scenarios/index.js';
import { searchModule } from './search/index.js';
import { targetsModule } from './targets/index.js';
import { traceModule } from './trace/index.js';
import { viewsModule } from './views/index.js';
import type { ServerModule } from './module.js';

export const MODULES: readonly ServerModule[] = [
  accessModule,
  healthModule,
  entitiesModule,
  searchModule,
  neighborhoodModule,
  catalogModule,
  companiesModule,
  overviewModule,
  citiesModule,
  traceModule,
  gapsModule,
  targetsModule,
  scenariosModule,
  viewsModule,
  editingModule,
  changesModule,
];
