/**
 * The one place that calls the driver. Sets timeouts and transaction metadata, validates rows with zod and maps
 * driver errors to domain errors.
 */
import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { DomainError } from '../errors.js';
import type { CypherQuery } from './query.js';
import { currentScope, runInScope, type RequestScope } from './requestScope.js';

export interface ExecutorOptions {
  database?: string | undefined;
  /** Per-transaction timeout sent to Neo4j. */
  timeoutMs: number;
}

/** A transaction handed to `readTx` / `writeTx` work: runs queries, returns typed rows. */
export interface TypedTx {
  run<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
}

/** How long past a transaction's own timeout an unanswered call is given up as a silent database. */
export const SILENCE_GRACE_MS = 2_000;

interface QueuedRead {
  query: CypherQuery<Record<string, unknown>, unknown>;
  params: Record<string, unknown>;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

export class Executor {
  /** Single-statement reads of one request waiting for the end of the current turn of the event loop. */
  private readonly queued = new Map<RequestScope, QueuedRead[]>();

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /**
   * One statement. Within a request, the reads issued in the same turn of the event loop — the loaders of one
   * GraphQL wave: a company's city, segments, alliances and counts — share one transaction, their statements
   * pipelined on one connection: a round trip and a transaction each would cost more than the statements (the
   * profile of a company card: the server idle 83 % of the time, waiting on five transactions).
   */
  read<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    const scope = currentScope();
    if (!scope) return this.readTx(query.name, (tx) => tx.run(query, params));
    return new Promise<R[]>((resolve, reject) => {
      let queue = this.queued.get(scope);
      if (!queue) {
        queue = [];
        this.queued.set(scope, queue);
        // After the promise jobs and ticks of this turn, where DataLoader dispatches its batches.
        setImmediate(() => void this.flush(scope));
      }
      queue.push({
        query: query as CypherQuery<Record<string, unknown>, unknown>,
        params,
        resolve: resolve as (rows: unknown[]) => void,
        reject,
      });
    });
  }

  private async flush(scope: RequestScope): Promise<void> {
    const queue = this.queued.get(scope) ?? [];
    this.queued.delete(scope);
    // Neo4j's query log shows which statements shared the transaction.
    const name = [...new Set(queue.map((q) => q.query.name))].join(',');
    try {
      // A failed statement fails its transaction in Neo4j, so the batch fails together, with the mapped error.
      const results = await runInScope(scope, () =>
        this.readTx(name, (tx) => Promise.all(queue.map((q) => tx.run(q.query, q.params)))),
      );
      results.forEach((rows, i) => queue[i]?.resolve(rows));
    } catch (error) {
      for (const q of queue) q.reject(error);
    }
  }

  write<P extends Record<string, unknown>, R>(query: CypherQuery<P, R>, params: P): Promise<R[]> {
    return this.writeTx(query.name, (tx) => tx.run(query, params));
  }

  /** Several reads in one transaction (one consistent snapshot). */
  readTx<T>(name: string, work: (tx: TypedTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('READ', name, work, timeoutMs);
  }

  /** Several writes in one transaction: all of them commit, or none does. */
  writeTx<T>(name: string, work: (tx: TypedTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', name, work, timeoutMs);
  }

  /**
   * Statements that cannot run inside a managed transaction: DDL, and `CALL { … } IN TRANSACTIONS` over millions of
   * rows. Returns how many properties the statement set.
   */
  async runAutoCommit(
    name: string,
    text: string,
    params: Record<string, unknown> = {},
    timeoutMs = this.options.timeoutMs,
  ): Promise<number> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      const result = await session.run(text, params, { timeout: timeoutMs, metadata: { app: 'g60', query: name } });
      return result.summary.counters.updates().propertiesSet;
    } catch (error) {
      throw mapDriverError(error, name);
    } finally {
      await session.close();
    }
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: TypedTx) => Promise<T>,
    timeoutMs = this.options.timeoutMs,
  ): Promise<T> {
    const scope = currentScope();
    const left = scope ? scope.deadline - Date.now() : Infinity;
    if (left <= 0 || scope?.signal.aborted) throw requestOver(name, scope?.signal.aborted ?? false);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: Math.max(1, Math.min(timeoutMs, left)), metadata: { app: 'g60', query: name } };
    const body = (tx: ManagedTransaction) => work(typedTx(tx));
    // Closing the session terminates its running transaction in Neo4j.
    const onAbort = () => void session.close();
    scope?.signal.addEventListener('abort', onAbort, { once: true });
    const running = mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config);
    // Neo4j ends a transaction at its timeout; one that stays silent past it is frozen or cut off. The driver has no
    // read timeout, so the wait is bounded here, and the silent session is left to close in the background.
    let silent = false;
    let timer: NodeJS.Timeout | undefined;
    const unanswered = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        silent = true;
        reject(
          new DomainError('DATABASE_UNAVAILABLE', 'Neo4j did not answer in time; try again shortly', { query: name }),
        );
      }, config.timeout + SILENCE_GRACE_MS);
    });
    running.catch(() => undefined);
    try {
      return await Promise.race([running, unanswered]);
    } catch (error) {
      throw scope?.signal.aborted ? requestOver(name, true) : mapDriverError(error, name);
    } finally {
      clearTimeout(timer);
      scope?.signal.removeEventListener('abort', onAbort);
      if (silent) void session.close().catch(() => undefined);
      else await session.close();
    }
  }
}

/** The request ran out of time, or its client left: nothing more runs for it. */
function requestOver(queryName: string, clientLeft: boolean): DomainError {
  return new DomainError(
    'QUERY_TIMEOUT',
    clientLeft ? 'the request was cancelled by its client' : 'the request ran past its deadline; narrow it',
    { query: queryName },
  );
}

function typedTx(tx: ManagedTransaction): TypedTx {
  return {
    async run(query, params) {
      const result = await tx.run(query.text, params);
      return result.records.map((record, i) => {
        const parsed = query.row.safeParse(record.toObject());
        if (!parsed.success) {
          throw new DomainError('INTERNAL', `query ${query.name} returned an unexpected row ${i}`, {
            issues: parsed.error.issues,
          });
        }
        return parsed.data;
      });
    },
  };
}

/** Turns driver errors into the domain errors the API reports. Domain errors pass through. */
export function mapDriverError(error: unknown, queryName: string): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new DomainError(
        'DATABASE_UNAVAILABLE',
        'Neo4j is not reachable; try again shortly',
        { query: queryName },
        { cause: error },
      );
    }
    // Every pooled connection is in use and none came free in time: the server is saturated, not broken.
    if (error.message.startsWith('Connection acquisition timed out')) {
      return new DomainError(
        'DATABASE_BUSY',
        'the database is busy; try again shortly',
        { query: queryName },
        { cause: error },
      );
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code.includes('TransactionTimedOut')) {
      return new DomainError(
        'QUERY_TIMEOUT',
        `query ${queryName} took longer than its time limit; narrow the request`,
        { query: queryName },
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new DomainError('CONSTRAINT_VIOLATION', error.message, { query: queryName }, { cause: error });
    }
    return new DomainError(
      'INTERNAL',
      `database error in ${queryName}: ${code}`,
      { query: queryName, neo4jCode: code },
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
