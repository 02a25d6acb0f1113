import { createGate, type Gate } from './admission.js';
import { AccessService, type Principal } from './modules/access/access.service.js';
import { AccessStore } from './modules/access/access.store.js';
import type { Executor } from './db/executor.js';
import { CitiesService } from './modules/cities/cities.service.js';
import { createCatalogLoaders, type CatalogLoaders } from './modules/catalog/catalog.loaders.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { CatalogStore } from './modules/catalog/catalog.store.js';
import { createCompanyLoaders, type CompanyLoaders } from './modules/companies/companies.loaders.js';
import { CompaniesService } from './modules/companies/companies.service.js';
import { CompaniesStore } from './modules/companies/companies.store.js';
import { EditingService } from './modules/editing/editing.service.js';
import { EditingStore } from './modules/editing/editing.store.js';
import { createEntityLoaders, type EntityLoaders } from './modules/entities/entities.loaders.js';
import { EntitiesService } from './modules/entities/entities.service.js';
import { EntitiesStore } from './modules/entities/entities.store.js';
import { GapsService } from './modules/gaps/gaps.service.js';
import { GapsStore } from './modules/gaps/gaps.store.js';
import { CORRIDOR_RESULTS } from './modules/gaps/results.cypher.js';
import { AnalysisResults } from './modules/gaps/results.js';
import { HealthService } from './modules/health/health.service.js';
import { HealthStore } from './modules/health/health.store.js';
import { NeighborhoodService } from './modules/neighborhood/neighborhood.service.js';
import { NeighborhoodStore } from './modules/neighborhood/neighborhood.store.js';
import { CORRIDOR_FORMAT, OverviewService } from './modules/overview/overview.service.js';
import { OverviewStore } from './modules/overview/overview.store.js';
import { SearchService } from './modules/search/search.service.js';
import { SearchStore } from './modules/search/search.store.js';
import { SavedStore } from './modules/saved/saved.store.js';
import { ScenariosService } from './modules/scenarios/scenarios.service.js';
import { ScenariosStore } from './modules/scenarios/scenarios.store.js';
import { ViewsService } from './modules/views/views.service.js';
import { TargetsService } from './modules/targets/targets.service.js';
import { TargetsStore } from './modules/targets/targets.store.js';
import { TraceService } from './modules/trace/trace.service.js';
import { TraceStore } from './modules/trace/trace.store.js';

/** The stores the per-request loaders batch into. */
interface Stores {
  entities: EntitiesStore;
  catalog: CatalogStore;
  companies: CompaniesStore;
}

/**
 * Long-lived services, one set per process (the server is stateless; they hold only the executor). Every module is
 * wired the same way: its store gets the executor, its service gets its store.
 */
export interface Services {
  executor: Executor;
  stores: Stores;
  access: AccessService;
  health: HealthService;
  entities: EntitiesService;
  search: SearchService;
  neighborhood: NeighborhoodService;
  catalog: CatalogService;
  companies: CompaniesService;
  cities: CitiesService;
  overview: OverviewService;
  trace: TraceService;
  gaps: GapsService;
  targets: TargetsService;
  scenarios: ScenariosService;
  views: ViewsService;
  editing: EditingService;
}

/** How many whole-industry analyses one server process runs at once, and how many may wait. */
export interface AdmissionOptions {
  expensiveConcurrency: number;
  expensiveQueue: number;
  /** One computation of an industry's analyses (ANALYSIS_TIMEOUT_MS). */
  analysisTimeoutMs?: number;
  /** The gate itself, made by the caller (a test that holds it); else one is made from the numbers above. */
  gate?: Gate;
}

export function createServices(
  executor: Executor,
  admission: AdmissionOptions = { expensiveConcurrency: 1, expensiveQueue: 16 },
): Services {
  const stores: Stores = {
    entities: new EntitiesStore(executor),
    catalog: new CatalogStore(executor),
    companies: new CompaniesStore(executor),
  };
  // Whole-graph computations (an industry's analyses, the corridor's aggregates) share one gate.
  const gate = admission.gate ?? createGate(admission.expensiveConcurrency, admission.expensiveQueue);
  const gapsStore = new GapsStore(executor);
  const gaps = new GapsService(gapsStore, new AnalysisResults(executor, gate, admission.analysisTimeoutMs));
  const overview = new OverviewService(
    new OverviewStore(executor),
    new AnalysisResults(executor, gate, admission.analysisTimeoutMs, CORRIDOR_RESULTS, CORRIDOR_FORMAT),
  );
  return {
    executor,
    stores,
    access: new AccessService(new AccessStore(executor)),
    health: new HealthService(new HealthStore(executor)),
    entities: new EntitiesService(stores.entities),
    search: new SearchService(new SearchStore(executor)),
    neighborhood: new NeighborhoodService(new NeighborhoodStore(executor)),
    catalog: new CatalogService(stores.catalog),
    companies: new CompaniesService(stores.companies, (industryId, cityId) => gaps.companyCount(industryId, cityId)),
    cities: new CitiesService(() => overview.facts()),
    overview,
    trace: new TraceService(new TraceStore(executor)),
    gaps,
    targets: new TargetsService(new TargetsStore(executor), () => overview.facts()),
    scenarios: new ScenariosService(new ScenariosStore(executor, gapsStore), gaps, gate, admission.analysisTimeoutMs),
    views: new ViewsService(new SavedStore(executor, 'SavedView')),
    editing: new EditingService(new EditingStore(executor), stores.entities),
  };
}

/** This request's loaders: entity loaders at the top, the catalog's and the companies' by module. */
export type Loaders = EntityLoaders & { catalog: CatalogLoaders; companies: CompanyLoaders };

/** What every resolver receives: the services, this request's loaders, and who is asking. */
export interface GraphContext {
  services: Services;
  loaders: Loaders;
  /** The key (or anonymous reader) the HTTP layer authenticated; its scopes decide what it may do. */
  principal: Principal;
  /** Whom quotas count this request against: the key's id, or the client's address (http/quotas.ts). */
  caller: string;
}

export function createContext(services: Services, principal: Principal, caller = 'internal'): GraphContext {
  const { stores } = services;
  return {
    services,
    loaders: {
      ...createEntityLoaders(stores.entities),
      catalog: createCatalogLoaders(stores.catalog),
      companies: createCompanyLoaders(stores.companies),
    },
    principal,
    caller,
  };
}
