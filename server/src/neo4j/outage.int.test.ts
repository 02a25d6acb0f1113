/**
 * The database misbehaving under a running server: a frozen Neo4j (SIGSTOP) must not hang requests, and a killed
 * local Neo4j is restarted by its supervisor so the same executor serves again. Times are printed for the record.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilReachable } from '../db/connect.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { createServices } from '../context.js';
import { createApp } from '../http/app.js';
import { listen } from '../http/listen.js';
import { COMPONENTS } from '../modules/health/health.cypher.js';
import { startLocalNeo4j } from './localNeo4j.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './supervisor.js';

let home: string;
let neo4j: SupervisedNeo4j;
let executor: Executor;
let close: () => Promise<void>;
/** The HTTP app over the same executor, for /healthz. */
let base: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'g60-outage-'));
  neo4j = await superviseLocalNeo4j({ port: await getPort(), homeDir: home, heapMiB: 512, pageCacheMiB: 128 }, [500]);
  const driver = createDriver({ uri: neo4j.uri, ...neo4j.auth });
  executor = new Executor(driver, { timeoutMs: 1_000 });
  const server = await listen(
    (await createApp(createServices(executor), { webDist: '/nonexistent' })).express,
    0,
    '127.0.0.1',
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise((r) => server.close(r));
    await driver.close();
  };
}, 240_000);

/** /healthz: its status and how long it took to say it. */
async function health(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${base}/healthz`);
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}
afterAll(async () => {
  await close?.();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

/** Milliseconds until `COMPONENTS` answers again, polling every 250 ms. */
async function untilAnswering(limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      await executor.read(COMPONENTS, {});
      return Date.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`no answer within ${limitMs} ms`);
}

describe('outages', () => {
  it('waits for a Neo4j that is down at start, and reaches it within one interval of its return', async () => {
    const port = await getPort();
    // The late Neo4j's password, set before it exists: the launcher takes the one it finds in its home.
    const lateHome = join(home, 'late');
    mkdirSync(lateHome, { recursive: true });
    writeFileSync(join(lateHome, 'bolt-password'), 'late-start-password-0123456789');
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'late-start-password-0123456789',
    });
    const lines: string[] = [];
    const reached = waitUntilReachable(driver, undefined, (l) => lines.push(l), 500).then(() => Date.now());
    await new Promise((r) => setTimeout(r, 1_500));
    const late = await startLocalNeo4j({ port, homeDir: lateHome, heapMiB: 512, pageCacheMiB: 64 });
    const up = Date.now();
    try {
      const after = (await reached) - up;
      console.log(`NEO4J_URI down at start: reached ${after} ms after it came up`);
      expect(after).toBeLessThan(30_000);
      expect(lines[0]).toMatch(/^Waiting for Neo4j/);
    } finally {
      await driver.close();
      await late.stop();
    }
  }, 120_000);

  it('fails a request on a frozen Neo4j with DATABASE_UNAVAILABLE instead of hanging, and recovers on thaw', async () => {
    await untilAnswering(30_000);
    expect((await health()).status).toBe(200);
    const pid = neo4j.current().pid;
    process.kill(pid, 'SIGSTOP');
    const started = Date.now();
    let degraded: { status: number; ms: number };
    try {
      const healthNow = health();
      await expect(executor.read(COMPONENTS, {})).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      degraded = await healthNow;
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const detected = Date.now() - started;
    const recovered = await untilAnswering(30_000);
    const healthy = await health();
    console.log(
      `frozen Neo4j: request failed after ${detected} ms, /healthz said ${degraded.status} after ${degraded.ms} ms; ` +
        `answering again ${recovered} ms after thaw, /healthz ${healthy.status}`,
    );
    expect(detected).toBeLessThan(5_000);
    expect(degraded).toMatchObject({ status: 503 });
    expect(degraded.ms).toBeLessThan(5_000);
    expect(healthy.status).toBe(200);
  }, 60_000);

  it('restarts a killed local Neo4j, and the same executor serves again', async () => {
    const killed = neo4j.current();
    const before = killed.pid;
    process.kill(before, 'SIGKILL');
    // Polled before the JVM is gone, a pooled connection could still answer once (seen on a loaded machine).
    await killed.exited;
    const recovered = await untilAnswering(60_000);
    // Bolt answers a moment before the launcher reports ready (it sets the password first): wait for the report.
    for (const started = Date.now(); neo4j.restarts() === 0 && Date.now() - started < 30_000;) {
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`killed Neo4j: serving again after ${recovered} ms (restart ${neo4j.restarts()})`);
    expect(neo4j.current().pid).not.toBe(before);
    expect(neo4j.restarts()).toBe(1);
    expect(recovered).toBeLessThan(30_000);
  }, 90_000);
});
