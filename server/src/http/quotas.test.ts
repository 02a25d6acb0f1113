/**
 * The per-caller quotas of quotas.ts on a real Express app on loopback: requests a minute (per key, per address,
 * each caller counted apart, the window read off a clock the test holds still and moves) and requests at once
 * (a place taken until the answer is sent or the client leaves). The cost allowance is graphql/costBudget.ts's.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listen } from './listen.js';
import { callerOf, concurrencyCap, requestRate } from './quotas.js';

/** Who calls: an `x-test-key` header stands for a verified API key, as authenticate() leaves it in res.locals. */
const asKey: RequestHandler = (req, res, next) => {
  const key = req.header('x-test-key');
  if (key) res.locals.principal = { keyId: key, scopes: new Set(['read']) };
  next();
};

let server: Server | undefined;
async function serve(app: express.Express): Promise<string> {
  server = await listen(app, 0, '127.0.0.1');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  const open = server;
  server = undefined;
  if (!open) return;
  open.closeAllConnections();
  await new Promise((r) => open.close(r));
});

const get = (url: string, key?: string, signal?: AbortSignal) =>
  fetch(url, { headers: key ? { 'x-test-key': key } : {}, ...(signal ? { signal } : {}) });
const codeOf = async (res: Response | globalThis.Response) =>
  ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;

describe('callerOf', () => {
  const req = (ip: string) => ({ ip }) as Request;
  const res = (keyId?: string) => ({ locals: keyId ? { principal: { keyId } } : {} }) as unknown as Response;

  it('counts a key by its id, and a caller without one by its address', () => {
    expect(callerOf(req('203.0.113.7'), res('key:1'))).toBe('key:1');
    expect(callerOf(req('203.0.113.7'), res())).toBe('address:203.0.113.7');
    expect(callerOf(req('203.0.113.8'), res())).toBe('address:203.0.113.8');
  });

  it('counts an IPv6 address by its /56, so one client cannot take a fresh address for every request', () => {
    const one = callerOf(req('2001:db8:abcd:1200::1'), res());
    expect(callerOf(req('2001:db8:abcd:12ff:ffff::9'), res())).toBe(one);
    expect(callerOf(req('2001:db8:abcd:1300::1'), res())).not.toBe(one);
  });
});

describe('requests a minute', () => {
  // The window is read off Date: it stands still unless the test moves it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const app = () => {
    const a = express();
    a.use(asKey, requestRate({ perKey: 3, perAddress: 2 }));
    a.get('/', (_req, res) => res.send('ok'));
    return a;
  };

  it('answers an address its limit a minute, then 429 RATE_LIMITED until the window ends', async () => {
    const url = await serve(app());
    expect((await get(url)).status).toBe(200);
    expect((await get(url)).status).toBe(200);
    const over = await get(url);
    expect(over.status).toBe(429);
    expect(await codeOf(over)).toBe('RATE_LIMITED');
    // The window began with the first request: all of it is left.
    expect(over.headers.get('retry-after')).toBe('60');

    vi.setSystemTime(Date.now() + 45_000);
    const later = await get(url);
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('15');

    vi.setSystemTime(Date.now() + 15_000);
    expect((await get(url)).status).toBe(200);
  });

  it('gives a key its own limit, apart from other keys and from the address it calls from', async () => {
    const url = await serve(app());
    const statuses = async (key?: string, n = 1) => {
      const seen: number[] = [];
      for (let i = 0; i < n; i++) seen.push((await get(url, key)).status);
      return seen;
    };
    expect(await statuses(undefined, 3)).toEqual([200, 200, 429]);
    expect(await statuses('key:a', 4)).toEqual([200, 200, 200, 429]);
    expect(await statuses('key:b', 4)).toEqual([200, 200, 200, 429]);
    expect(await statuses(undefined)).toEqual([429]);
  });
});

describe('requests at once', () => {
  /** A route that answers only when told, with signals for a request's arrival and for the end of its response. */
  function heldApp(perCaller: number) {
    const held: { answer: () => void; closed: Promise<void> }[] = [];
    let arrived: () => void = () => undefined;
    const a = express();
    a.use(asKey, concurrencyCap(perCaller));
    a.get('/held', (_req, res) => {
      // Listened to after the cap's own listener, so when this settles the cap has already let go of the place.
      const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
      held.push({ answer: () => res.send('done'), closed });
      arrived();
    });
    a.get('/now', (_req, res) => res.send('ok'));
    return {
      app: a,
      held,
      /** Sends a request to /held; resolves once the route has it, with its response still to come. */
      async hold(url: string, key?: string, signal?: AbortSignal) {
        const arrival = new Promise<void>((resolve) => (arrived = resolve));
        const response = get(`${url}/held`, key, signal);
        response.catch(() => undefined);
        await arrival;
        return { response };
      },
    };
  }

  it('takes at most its cap of one caller, refuses the next at once, and counts other callers apart', async () => {
    const h = heldApp(2);
    const url = await serve(h.app);
    const first = await h.hold(url);
    const second = await h.hold(url);
    const refused = await get(`${url}/now`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await codeOf(refused)).toBe('RATE_LIMITED');
    // A key is another caller, with its own places.
    expect((await get(`${url}/now`, 'key:a')).status).toBe(200);

    // An answer sent frees its place: one more is taken, and the next refused again.
    h.held[0]?.answer();
    expect((await first.response).status).toBe(200);
    await h.held[0]?.closed;
    const third = await h.hold(url);
    expect((await get(`${url}/now`)).status).toBe(429);

    h.held[1]?.answer();
    h.held[2]?.answer();
    expect([(await second.response).status, (await third.response).status]).toEqual([200, 200]);
    await Promise.all(h.held.map((x) => x.closed));
    // Nothing left counted once the answers are in.
    expect((await get(`${url}/now`)).status).toBe(200);
    expect((await get(`${url}/now`)).status).toBe(200);
  });

  it('frees the place of a client that leaves before its answer', async () => {
    const h = heldApp(1);
    const url = await serve(h.app);
    const leaving = new AbortController();
    const { response } = await h.hold(url, undefined, leaving.signal);
    expect((await get(`${url}/now`)).status).toBe(429);
    leaving.abort();
    await expect(response).rejects.toThrow();
    await h.held[0]?.closed;
    expect((await get(`${url}/now`)).status).toBe(200);
  });
});
