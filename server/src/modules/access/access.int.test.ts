/**
 * API keys end to end: created hashed in Neo4j, presented over HTTP, scoped, revoked, rate limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { smallCorridor } from '../../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { importRecords } from '../../import/importer.js';
import { AccessService } from './access.service.js';
import { AccessStore } from './access.store.js';

let graph: TestGraph;
let access: AccessService;
let closed: TestApp;

const READ = '{ company(id: "company:dmegc") { nameZh } }';
const WRITE = 'mutation { deleteSupply(supplierId: "company:kaiwen", customerId: "company:nobody") { ok } }';

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  await importRecords(graph.executor, smallCorridor());
  access = new AccessService(new AccessStore(graph.executor));
  closed = await startTestApp(graph, { anonymousRead: false });
});
afterAll(async () => {
  await closed.close();
  await graph.close();
});

describe('API keys', () => {
  it('stores only a hash, shows the key once, and lists keys without secrets', async () => {
    const { key, summary } = await access.create('嘉兴数据平台', ['read']);
    expect(key).toMatch(/^g60_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const [stored] = await graph.query('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS k', { id: summary.id });
    expect(JSON.stringify(stored)).not.toContain(key.split('_')[2]);
    expect((await access.list()).find((k) => k.id === summary.id)).toEqual({
      id: summary.id,
      name: '嘉兴数据平台',
      scopes: ['read'],
      createdAt: expect.any(String),
      revokedAt: null,
    });
  });

  it('refuses a bad name or scope by field', async () => {
    await expect(access.create(' ', ['read'])).rejects.toThrow('name:');
    await expect(access.create('x', ['root'])).rejects.toThrow('scope:');
  });

  it('with anonymous read off: no key or a wrong one is 401, a read key reads, and cannot write', async () => {
    const none = await fetch(`${closed.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: READ }),
    });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await closed.gql(READ, {}, 'g60_000000000000_' + 'x'.repeat(43))).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const { key } = await access.create('reader', ['read']);
    expect((await closed.gql(READ, {}, key)).data?.company.nameZh).toBe('横店集团东磁股份有限公司');
    expect((await closed.gql(WRITE, {}, key)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets a write key write, and an X-API-Key header works like the bearer one', async () => {
    const { key } = await access.create('editor', ['write']);
    const res = await fetch(`${closed.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: WRITE }),
    });
    const body = (await res.json()) as { data?: { deleteSupply: { ok: boolean } } };
    expect(body.data?.deleteSupply.ok).toBe(false);
  });

  it('refuses a revoked key', async () => {
    const { key, summary } = await access.create('leaving partner', ['read']);
    await access.revoke(summary.id);
    expect((await closed.gql(READ, {}, key)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await expect(access.revoke(summary.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the limit, per key and per address apart', async () => {
    const limited = await startTestApp(graph, { rateLimits: { perKey: 3, perAddress: 2 } });
    try {
      const post = (key?: string) =>
        fetch(`${limited.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify({ query: READ }),
        });
      expect((await post()).status).toBe(200);
      expect((await post()).status).toBe(200);
      const over = await post();
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'RATE_LIMITED',
      );
      // A key has its own allowance, whatever the address used up.
      const { key } = await access.create('busy partner', ['read']);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(key)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
