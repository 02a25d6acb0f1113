import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { listen } from './listen.js';

describe('listen', () => {
  it('resolves with the server once it listens, and refuses a taken port by name', async () => {
    const first = await listen(express(), 0, '127.0.0.1');
    const { port } = first.address() as AddressInfo;
    await expect(listen(express(), port, '127.0.0.1')).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    await new Promise((r) => first.close(r));
  });
});
