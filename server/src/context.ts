/**
 * The server's parts, wired once per process from the one list of modules (modules/index.ts), and the context
 * every resolver receives per request. Each module declares what it adds to `Services` and `Loaders` in its own
 * index.ts (interface augmentation), so nothing here names a module.
 */
import { createGate, type Gate } from './admission.js';
import { AnalysisEngine, AnalysisStore } from './analysis/index.js';
import type { Executor } from './db/executor.js';
import type { Principal } from './modules/access/index.js';
import { MODULES } from './modules/index.js';
import type { Wiring } from './modules/module.js';
import { RevisionsStore } from './revisions/index.js';

/**
 * Long-lived services, one set per process (the server keeps no state of its own that another copy could not
 * rebuild from Neo4j). Modules add theirs.
 */
export interface Services {
  executor: Executor;
  engine: AnalysisEngine;
  /** This request's loaders, from every module that has some. */
  loaders: () => Loaders;
}

/** Per-request loaders (DataLoader): modules add theirs. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' augmentations
export interface Loaders {}

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
  const gate = admission.gate ?? createGate(admission.expensiveConcurrency, admission.expensiveQueue);
  const analysisTimeoutMs = admission.analysisTimeoutMs ?? 300_000;
  const revisions = new RevisionsStore(executor);
  const engine = new AnalysisEngine(new AnalysisStore(executor, revisions), revisions, {
    gate,
    timeoutMs: analysisTimeoutMs,
  });
  const wiring: Wiring = { executor, revisions, engine, gate, analysisTimeoutMs };
  const factories: (() => Partial<Loaders>)[] = [];
  const services = {
    executor,
    engine,
    loaders: () => Object.assign({}, ...factories.map((make) => make())) as Loaders,
  } as Services;
  for (const module of MODULES) {
    const made = module.create?.(wiring, services) ?? {};
    Object.assign(services, made.services);
    if (made.loaders) factories.push(made.loaders);
  }
  return services;
}

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
  return { services, loaders: services.loaders(), principal, caller };
}
