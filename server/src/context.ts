import type { Executor } from './db/executor.js';
import { createEntityLoaders, type EntityLoaders } from './modules/entities/entities.loaders.js';
import { EntitiesStore } from './modules/entities/entities.store.js';
import { HealthService } from './modules/health/health.service.js';
import { NeighborhoodService } from './modules/neighborhood/neighborhood.service.js';
import { SearchService } from './modules/search/search.service.js';

/** Long-lived services, one set per process (the server is stateless; these only hold the executor). */
export interface Services {
  executor: Executor;
  entities: EntitiesStore;
  health: HealthService;
  search: SearchService;
  neighborhood: NeighborhoodService;
}

export function createServices(executor: Executor): Services {
  return {
    executor,
    entities: new EntitiesStore(executor),
    health: new HealthService(executor),
    search: new SearchService(executor),
    neighborhood: new NeighborhoodService(executor),
  };
}

/** What every resolver receives: the services and this request's loaders. */
export interface GraphContext {
  services: Services;
  loaders: EntityLoaders;
}

export function createContext(services: Services): GraphContext {
  return { services, loaders: createEntityLoaders(services.entities) };
}
