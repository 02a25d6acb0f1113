import { describe, expect, it } from 'vitest';
import { createGate } from './admission.js';

describe('the gate for expensive work', () => {
  it('runs at most its concurrency at once, queues a bounded number and turns away the rest', async () => {
    const gate = createGate(1, 2);
    let running = 0;
    let most = 0;
    /** The work that has started, in order; each waits until the test releases it. */
    const started: { n: number; release: () => void }[] = [];
    const job = (n: number) =>
      gate.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((release) => started.push({ n, release }));
        running--;
        return n;
      });
    const admitted = [job(1), job(2), job(3)];
    expect([gate.activeCount, gate.pendingCount]).toEqual([1, 2]);
    await expect(job(4)).rejects.toMatchObject({ code: 'RATE_LIMITED' });

    for (let i = 0; i < 3; i++) {
      // The next one in line has started, alone, and the others still wait.
      await expect.poll(() => started.length).toBe(i + 1);
      expect(started[i]?.n).toBe(i + 1);
      expect([gate.activeCount, gate.pendingCount]).toEqual([1, 2 - i]);
      started[i]?.release();
    }
    await expect(Promise.all(admitted)).resolves.toEqual([1, 2, 3]);
    expect(most).toBe(1);
    expect([gate.activeCount, gate.pendingCount]).toEqual([0, 0]);
  });

  it('takes work again once the queue has room', async () => {
    const gate = createGate(1, 1);
    let release: () => void = () => undefined;
    const first = gate.run(() => new Promise<string>((r) => (release = () => r('first'))));
    const second = gate.run(() => Promise.resolve('second'));
    await expect(gate.run(() => Promise.resolve('third'))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    release();
    await expect(Promise.all([first, second])).resolves.toEqual(['first', 'second']);
    await expect(gate.run(() => Promise.resolve('fourth'))).resolves.toBe('fourth');
  });
});
