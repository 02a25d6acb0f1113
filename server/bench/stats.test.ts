import { expect, it } from 'vitest';
import { measure, quantile } from './stats.js';

it('takes nearest-rank quantiles', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  expect([quantile(xs, 0.5), quantile(xs, 0.95), quantile(xs, 0.99)]).toEqual([50, 95, 99]);
  expect(quantile([7], 0.99)).toBe(7);
});

it('runs the preparation untimed before every run, warm-up included', async () => {
  const calls: string[] = [];
  const stats = await measure(async (i) => calls.push(`run${i}`), {
    iterations: 2,
    warmup: 1,
    prepare: async (i) => calls.push(`prep${i}`),
  });
  expect(calls).toEqual(['prep0', 'run0', 'prep0', 'run0', 'prep1', 'run1']);
  expect(stats.n).toBe(2);
});
