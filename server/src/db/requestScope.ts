/**
 * The request a database call serves, carried implicitly (AsyncLocalStorage) from the HTTP layer down to the
 * executor: its deadline, and a signal that fires when the client goes away. The executor shortens each
 * transaction's timeout to the time left and closes the session — which terminates the running transaction in
 * Neo4j — when the signal fires, so no abandoned request keeps the database busy.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  /** Epoch milliseconds after which no transaction of this request may run. */
  deadline: number;
  /** Aborted when the client disconnects before its answer. */
  signal: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
