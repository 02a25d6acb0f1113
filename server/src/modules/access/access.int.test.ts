/**
 * API keys end to end: created hashed in Neo4j, presented over HTTP, scoped, revoked, rate limited.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { smallCorridor } from '../../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { importRecords } from '../../import/importer.js';
import { ImportStore } from '../../import/import.store.js';
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
  await importRecords(new ImportStore(graph.executor), smallCorridor());
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

describe('quotas per caller', () => {
  const post = (base: string, query: string, key?: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const codeOf = async (res: Response) =>
    ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;

  it("charges each request its cost and refuses one the minute's allowance cannot pay, key and address apart", async () => {
    // Priced by hand (docs/security.md, "Cost"): companies 20, its selection × first (100) — edges 1, node 1,
    // nameZh 0, segments 1 (id 0), parks 1 — so 20 + 100 × (1 + 1 + 1 + 1) = 420.
    const query = '{ companies(first: 100) { edges { node { nameZh segments { id } parks { id } } } } }';
    const cost = 420;
    const allowance = 20_000;
    // The bucket refills with time: the clock stands still while the allowance is spent, and moves only when the
    // test moves it. (Faked before the app is made: the budget keeps the Date.now it was given.)
    vi.useFakeTimers({ toFake: ['Date'] });
    const app = await startTestApp(graph, {
      rateLimits: { perKey: 1_000, perAddress: 1_000, costPerAddress: allowance, costPerKey: allowance },
    });
    try {
      // A minute's allowance at once: 47 × 420 = 19,740 of 20,000; the 48th finds 260 units and is refused.
      const statuses: number[] = [];
      let over = await post(app.base, query);
      while (over.status === 200 && statuses.length < 100) {
        statuses.push(over.status);
        over = await post(app.base, query);
      }
      expect(statuses).toHaveLength(47);
      expect(over.status).toBe(429);
      const refusal = (await over.json()) as { errors: { extensions: { code: string; cost: number } }[] };
      expect(refusal.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', cost });
      // 160 units short, refilled at 20,000 / 60 = 333⅓ a second: 0.48 s, so "1".
      expect(over.headers.get('retry-after')).toBe('1');
      // A refused request costs nothing: the 260 units still pay for a cheap one (health: 1).
      expect((await post(app.base, '{ health { ok } }')).status).toBe(200);
      // A key has its own budget.
      const { key } = await access.create('metered partner', ['read']);
      expect((await post(app.base, query, key)).status).toBe(200);
      // 0.4 s refills 133⅓ units: 259 + 133⅓ is not yet 420.
      vi.setSystemTime(Date.now() + 400);
      expect((await post(app.base, query)).status).toBe(429);
      // 0.1 s more, 33⅓ more: 425⅔ pays for one, and leaves too little for the next.
      vi.setSystemTime(Date.now() + 100);
      expect((await post(app.base, query)).status).toBe(200);
      expect((await post(app.base, query)).status).toBe(429);
    } finally {
      vi.useRealTimers();
      await app.close();
    }
  });

  it("answers at most its cap of one caller's requests at once, and frees the place when one ends", async () => {
    const app = await startTestApp(graph, { rateLimits: { perKey: 1_000, perAddress: 1_000, concurrentPerCaller: 1 } });
    try {
      const query = '{ trace(companyId: "company:dmegc", maxDepth: 4) { truncated nodes { id } } }';
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(app.base, query)));
      const statuses = answers.map((a) => a.status);
      expect(statuses).toContain(200);
      expect(statuses).toContain(429);
      const refused = answers.find((a) => a.status === 429);
      expect(refused?.headers.get('retry-after')).toBe('1');
      expect(await codeOf(refused as Response)).toBe('RATE_LIMITED');
      // Nothing left counted once the answers are in.
      for (let i = 0; i < 3; i++) expect((await post(app.base, query)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
