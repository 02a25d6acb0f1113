import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it, vi } from 'vitest';
import { drain, listen } from './listen.js';

describe('listen', () => {
  it('resolves with the server once it listens, and refuses a taken port by name', async () => {
    const first = await listen(express(), 0, '127.0.0.1');
    const { port } = first.address() as AddressInfo;
    await expect(listen(express(), port, '127.0.0.1')).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    await new Promise((r) => first.close(r));
  });
});

/** A GET that settles with the status, or the error that cut it off. */
function get(port: number, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      .end();
  });
}

/** A route whose requests are answered only when the test says so, with a signal when one arrives. */
function heldApp() {
  const app = express();
  const waiting: (() => void)[] = [];
  let arrived = () => undefined as void;
  app.get('/held', (_req, res) => {
    waiting.push(() => res.send('done'));
    arrived();
  });
  return {
    app,
    /** Resolves when the next request reaches the route. */
    arrival: () => new Promise<void>((resolve) => (arrived = resolve)),
    /** Answers the requests waiting so far. */
    answer: () => waiting.splice(0).forEach((send) => send()),
  };
}

describe('drain', () => {
  it('lets a request in flight finish, refuses new connections, and resolves when it is answered', async () => {
    const held = heldApp();
    const server = await listen(held.app, 0, '127.0.0.1');
    const cut = vi.spyOn(server, 'closeAllConnections');
    const { port } = server.address() as AddressInfo;
    const arrival = held.arrival();
    const inFlight = get(port, '/held');
    await arrival;
    let done = false;
    // A grace far longer than the test may run: it resolves because the request ended, not because time ran out.
    const drained = drain(server, 600_000).then(() => (done = true));
    expect(await get(port, '/held')).toBe('ECONNREFUSED');
    expect(done).toBe(false);
    held.answer();
    expect(await inFlight).toBe(200);
    await drained;
    expect(cut).not.toHaveBeenCalled();
  });

  it('cuts off what is still running when the grace period ends, and not before', async () => {
    const held = heldApp();
    const server = await listen(held.app, 0, '127.0.0.1');
    const cut = vi.spyOn(server, 'closeAllConnections');
    const { port } = server.address() as AddressInfo;
    const arrival = held.arrival();
    const stuck = get(port, '/held');
    await arrival;
    // The grace period is a timer: the test moves it (and only it) by hand.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let done = false;
      const drained = drain(server, 300).then(() => (done = true));
      vi.advanceTimersByTime(299);
      expect(cut).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(cut).toHaveBeenCalledOnce();
      await drained;
      expect(done).toBe(true);
      expect(await stuck).toBe('ECONNRESET');
    } finally {
      vi.useRealTimers();
      held.answer();
    }
  });
});
