/**
 * What a server module is, for the one list that wires them (modules/index.ts): its resolvers, and how its
 * long-lived services and per-request loaders are made. Adding a module is one line in that list; each module
 * declares the services and loaders it adds by augmenting `Services` and `Loaders` (context.ts) in its index.ts.
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Gate } from '../admission.js';
import type { AnalysisEngine } from '../analysis/index.js';
import type { Loaders, Services } from '../context.js';
import type { Executor } from '../db/executor.js';
import type { RevisionsStore } from '../revisions/index.js';

/** The process-wide parts every module's services are made from. */
export interface Wiring {
  executor: Executor;
  revisions: RevisionsStore;
  engine: AnalysisEngine;
  /** Whole-graph computations (an industry's analyses, the corridor's aggregates) share one gate. */
  gate: Gate;
  /** One computation of a kept whole-graph result (ANALYSIS_TIMEOUT_MS). */
  analysisTimeoutMs: number;
}

export interface Made {
  services?: Partial<Services>;
  /** This module's loaders for one request (batched and cached per request). */
  loaders?: () => Partial<Loaders>;
}

export interface ServerModule {
  name: string;
  resolvers?: Resolvers;
  /**
   * Makes the module's services. `services` is the whole set being made: use another module's service lazily
   * (inside a function), since modules are made in list order.
   */
  create?: (wiring: Wiring, services: Services) => Made;
}

export const defineModule = (m: ServerModule): ServerModule => m;
