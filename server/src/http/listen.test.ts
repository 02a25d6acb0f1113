import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
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

describe('drain', () => {
  const app = express();
  app.get('/slow/:ms', (req, res) => {
    setTimeout(() => res.send('done'), Number(req.params.ms));
  });

  it('lets a request in flight finish, refuses new connections, and resolves when done', async () => {
    const server = await listen(app, 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const inFlight = get(port, '/slow/400');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const drained = drain(server, 5_000);
    expect(await get(port, '/slow/1')).toBe('ECONNREFUSED');
    expect(await inFlight).toBe(200);
    await drained;
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('cuts off what is still running when the grace period ends', async () => {
    const server = await listen(app, 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const stuck = get(port, '/slow/10000');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await drain(server, 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await stuck).toBe('ECONNRESET');
  });
});
