/**
 * Admission of expensive work. The whole-industry analyses (collaboration gaps, resilience) take seconds at corridor
 * scale; a burst of them would take every core of Neo4j and make light queries — search, lookups, traces — wait
 * behind them. A gate lets a few run at a time per server process, queues a bounded number, and turns the rest
 * away at once with RATE_LIMITED. A queued request keeps its deadline: the executor refuses to start it once past.
 */
import pLimit from 'p-limit';
import { DomainError } from './errors.js';

export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** A gate that says how full it is: what tests wait on instead of sleeping. */
export interface CountedGate extends Gate {
  /** Work running now. */
  readonly activeCount: number;
  /** Work waiting for a place. */
  readonly pendingCount: number;
}

export function createGate(concurrency: number, maxQueued: number): CountedGate {
  const limit = pLimit(concurrency);
  return {
    get activeCount() {
      return limit.activeCount;
    },
    get pendingCount() {
      return limit.pendingCount;
    },
    run(work) {
      if (limit.pendingCount >= maxQueued) {
        return Promise.reject(
          new DomainError('RATE_LIMITED', 'too many analyses are waiting already; try again in a few seconds'),
        );
      }
      return limit(work);
    },
  };
}
