/**
 * The request a database call serves, carried implicitly (AsyncLocalStorage) from the HTTP layer down to the
 * executor: its deadline, and a signal that fires when the client goes away. The executor shortens each
 * transaction's timeout to the time left and closes the session — which terminates the running transaction in
 * Neo4j — when the signal fires, so no abandoned request keeps the database busy.
 */
import { DomainError } from '../errors.js';
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

/**
 * Runs work that serves more than the request that starts it (a shared computation whose result is kept): no
 * request's deadline or departure cuts it off; the caller bounds it with its own timeout.
 */
export function runOutsideScope<T>(work: () => T): T {
  return storage.exit(work);
}

/**
 * Waits for shared work within the current request's limits: rejects with `over` once the request's deadline
 * passes or its client leaves, while the work itself goes on.
 */
export function awaitWithinScope<T>(work: Promise<T>, over: (clientLeft: boolean) => Error): Promise<T> {
  const scope = currentScope();
  if (!scope) return work;
  return new Promise<T>((resolve, reject) => {
    const settle = (done: () => void) => {
      clearTimeout(timer);
      scope.signal.removeEventListener('abort', onAbort);
      done();
    };
    const onAbort = () => settle(() => reject(over(true)));
    const timer = setTimeout(() => settle(() => reject(over(false))), Math.max(0, scope.deadline - Date.now()));
    scope.signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error as Error)),
    );
  });
}

/**
 * awaitWithinScope for shared computations: past the deadline the request gets QUERY_TIMEOUT saying `notReady`
 * (the work goes on and is kept), or that its client left.
 */
export function awaitShared<T>(work: Promise<T>, notReady: string, details: Record<string, unknown>): Promise<T> {
  return awaitWithinScope(
    work,
    (clientLeft) =>
      new DomainError('QUERY_TIMEOUT', clientLeft ? 'the request was cancelled by its client' : notReady, details),
  );
}
