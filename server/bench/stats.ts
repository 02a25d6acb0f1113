/** Timing for the bench: warm-up, then p50/p95/p99 over the iterations (nearest-rank quantiles). */
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/**
 * Times `run` `iterations` times after `warmup` untimed runs. `prepare`, when given, runs untimed before every
 * run: the write that makes the next analysis answer a cold one.
 */
export async function measure(
  run: (i: number) => Promise<unknown>,
  options: { iterations: number; warmup: number; prepare?: (i: number) => Promise<unknown> },
): Promise<Stats> {
  for (let i = 0; i < options.warmup; i++) {
    await options.prepare?.(i);
    await run(i);
  }
  const times: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    await options.prepare?.(i);
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99) };
}
