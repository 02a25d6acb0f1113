/**
 * The executor's mapping of driver failures to the codes clients see, against a real Neo4j.
 */
import neo4j from 'neo4j-driver';
import { afterAll, expect, inject, it } from 'vitest';
import { COMPONENTS } from '../modules/health/health.cypher.js';
import { Executor } from './executor.js';

// One connection, given up on quickly: the second concurrent transaction cannot get one.
const driver = neo4j.driver(inject('neo4jUri'), undefined, {
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
  const holder = executor.readTx('hold', async (tx) => {
    await tx.run(COMPONENTS, {});
    await held;
  });
  await new Promise((r) => setTimeout(r, 200));
  await expect(executor.read(COMPONENTS, {})).rejects.toMatchObject({ code: 'DATABASE_BUSY' });
  release();
  await holder;
  await expect(executor.read(COMPONENTS, {})).resolves.toHaveLength(1);
});
