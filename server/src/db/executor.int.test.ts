/**
 * The executor's mapping of driver failures to the codes clients see, against a real Neo4j.
 */
import neo4j from 'neo4j-driver';
import { afterAll, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { COMPONENTS } from '../modules/health/health.cypher.js';
import { Executor } from './executor.js';
import { cypher } from './query.js';
import { runInScope } from './requestScope.js';

/** Seconds of pure CPU in Neo4j, touching no data. */
const SLOW = cypher<Record<string, never>, { n: number }>(
  'test.slow',
  'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n',
  z.object({ n: z.number() }),
);

// One connection, given up on quickly: the second concurrent transaction cannot get one.
const { uri, user, password } = inject('neo4j');
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  maxConnectionPoolSize: 1,
  connectionAcquisitionTimeout: 300,
  maxTransactionRetryTime: 500,
});
afterAll(() => driver.close());

it('says DATABASE_BUSY, not INTERNAL, when no pooled connection comes free in time', async () => {
  const executor = new Executor(driver, { timeoutMs: 10_000 });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    holding = resolve;
  });
  const holder = executor.readTx('hold', async (tx) => {
    await tx.run(COMPONENTS, {});
    // The one connection is this transaction's now, until the test lets go.
    holding();
    await held;
  });
  await connected;
  await expect(executor.read(COMPONENTS, {})).rejects.toMatchObject({ code: 'DATABASE_BUSY' });
  release();
  await holder;
  await expect(executor.read(COMPONENTS, {})).resolves.toHaveLength(1);
});

const free = neo4j.driver(uri, neo4j.auth.basic(user, password));
afterAll(() => free.close());

/** Transactions still running the slow statement. */
async function slowRunning(): Promise<number> {
  const { records } = await free.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
  return records.filter((r) => String(r.get('currentQuery')).includes('range(1, 1000000000)')).length;
}

it('stops a transaction at the request deadline, not at the query timeout', async () => {
  const executor = new Executor(free, { timeoutMs: 60_000 });
  const started = Date.now();
  const scope = { deadline: Date.now() + 500, signal: new AbortController().signal };
  await expect(runInScope(scope, () => executor.read(SLOW, {}))).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
  // A reliability bound, generous: the deadline is 0.5 s, the query timeout 60 s.
  const stoppedAfter = Date.now() - started;
  console.log(`stopped at the request deadline after ${stoppedAfter} ms (deadline 500 ms)`);
  expect(stoppedAfter).toBeLessThan(5_000);
  await expect.poll(slowRunning, { timeout: 5_000 }).toBe(0);
  // Past its deadline a request runs nothing more.
  await expect(runInScope(scope, () => executor.read(COMPONENTS, {}))).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
});

it('terminates the running transaction in Neo4j when the client leaves', async () => {
  const executor = new Executor(free, { timeoutMs: 60_000 });
  const controller = new AbortController();
  const scope = { deadline: Date.now() + 60_000, signal: controller.signal };
  const running = runInScope(scope, () => executor.read(SLOW, {}));
  await expect.poll(slowRunning, { timeout: 5_000 }).toBe(1);
  const started = Date.now();
  controller.abort();
  await expect(running).rejects.toMatchObject({ code: 'QUERY_TIMEOUT', message: expect.stringMatching(/cancelled/) });
  // A reliability bound, generous: the statement would run for seconds more, the query timeout is 60 s.
  const cancelledAfter = Date.now() - started;
  console.log(`cancelled ${cancelledAfter} ms after the client left`);
  expect(cancelledAfter).toBeLessThan(3_000);
  await expect.poll(slowRunning, { timeout: 5_000 }).toBe(0);
});

it('runs the reads one request issues in the same turn in one transaction, and fails them together', async () => {
  let sessions = 0;
  const counting = new Proxy(free, {
    get(target, key, receiver) {
      if (key === 'session') {
        return (...args: Parameters<typeof target.session>) => {
          sessions++;
          return target.session(...args);
        };
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const executor = new Executor(counting, { timeoutMs: 10_000 });
  const scope = { deadline: Date.now() + 10_000, signal: new AbortController().signal };
  const rows = await runInScope(scope, () =>
    Promise.all([executor.read(COMPONENTS, {}), executor.read(COMPONENTS, {}), executor.read(COMPONENTS, {})]),
  );
  expect(rows.map((r) => r.length)).toEqual([1, 1, 1]);
  expect(sessions).toBe(1);
  // Outside a request (a CLI, a seed) each read is its own transaction.
  await Promise.all([executor.read(COMPONENTS, {}), executor.read(COMPONENTS, {})]);
  expect(sessions).toBe(3);

  const BROKEN = cypher<Record<string, never>, { n: number }>(
    'test.broken',
    'RETURN 1 / 0 AS n',
    z.object({ n: z.number() }),
  );
  const outcome = await runInScope(scope, () =>
    Promise.allSettled([executor.read(COMPONENTS, {}), executor.read(BROKEN, {})]),
  );
  expect(outcome.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  expect(outcome[1]).toMatchObject({ reason: { code: 'INTERNAL' } });
});
