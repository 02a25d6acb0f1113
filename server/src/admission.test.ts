import { describe, expect, it } from 'vitest';
import { createGate } from './admission.js';

describe('the gate for expensive work', () => {
  it('runs at most its concurrency at once, queues a bounded number and turns away the rest', async () => {
    const gate = createGate(1, 2);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      gate.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return 'done';
      });
    const admitted = [job(), job(), job()];
    await expect(job()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 10));
      releases.shift()?.();
    }
    await expect(Promise.all(admitted)).resolves.toEqual(['done', 'done', 'done']);
    expect(most).toBe(1);
  });
});
