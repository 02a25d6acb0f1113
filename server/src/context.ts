import type { Executor } from './db/executor.js';
import { EditingService } from './modules/editing/editing.service.js';
import { createEntityLoaders, type EntityLoaders } from './modules/entities/entities.loaders.js';
import { EntitiesStore } from './modules/entities/entities.store.js';
import { GapsService } from './modules/gaps/gaps.service.js';
import { HealthService } from './modules/health/health.service.js';
import { createLookupLoaders, type LookupLoaders } from './modules/lookups/lookups.loaders.js';
import { LookupsService } from './modules/lookups/lookups.service.js';
import { LookupsStore } from './modules/lookups/lookups.store.js';
import { NeighborhoodService } from './modules/neighborhood/neighborhood.service.js';
import { SearchService } from './modules/search/search.service.js';
import { TraceService } from './modules/trace/trace.service.js';

/** Long-lived services, one set per process (the server is stateless; these only hold the executor). */
export interface Services {
  executor: Executor;
  entities: EntitiesStore;
  lookupsStore: LookupsStore;
  health: HealthService;
  search: SearchService;
  neighborhood: NeighborhoodService;
  lookups: LookupsService;
  trace: TraceService;
  gaps: GapsService;
  editing: EditingService;
}

export function createServices(executor: Executor): Services {
  const entities = new EntitiesStore(executor);
  return {
    executor,
    entities,
    lookupsStore: new LookupsStore(executor),
    health: new HealthService(executor),
    search: new SearchService(executor),
    neighborhood: new NeighborhoodService(executor),
    lookups: new LookupsService(executor),
    trace: new TraceService(executor),
    gaps: new GapsService(executor),
    editing: new EditingService(executor, entities),
  };
}

export type Role = 'reader' | 'editor';

/** What every resolver receives: the services, this request's loaders, and who is asking. */
export interface GraphContext {
  services: Services;
  loaders: EntityLoaders & { lookups: LookupLoaders };
  role: Role;
  /** False when the server has no ADMIN_TOKEN: no request can write. */
  writesEnabled: boolean;
}

export function createContext(services: Services, role: Role = 'reader', writesEnabled = false): GraphContext {
  return {
    services,
    loaders: { ...createEntityLoaders(services.entities), lookups: createLookupLoaders(services.lookupsStore) },
    role,
    writesEnabled,
  };
}
