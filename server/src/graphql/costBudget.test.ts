import { describe, expect, it } from 'vitest';
import { CostBudget } from './costBudget.js';

describe('the cost budget over time', () => {
  it('lets a caller spend a minute of allowance at once, refills it evenly, and says when to come back', () => {
    let now = 0;
    const budget = new CostBudget(
      (caller) => (caller === 'big' ? 120_000 : 60_000),
      () => now,
    );
    expect(budget.charge('small', 50_000)).toEqual({ ok: true, retryAfterSeconds: 0 });
    // 10,000 left; 1,000 units a second come back.
    expect(budget.charge('small', 20_000)).toEqual({ ok: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(budget.charge('small', 20_000).ok).toBe(true);
    // Callers are apart, each with its own allowance.
    expect(budget.charge('big', 100_000).ok).toBe(true);
    expect(budget.charge('other', 60_000).ok).toBe(true);
    // A refused request costs nothing: the bucket is as it was.
    now += 1_000;
    expect(budget.charge('small', 2_000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(budget.charge('small', 1_000).ok).toBe(true);
    // Never more than a minute's allowance, however long the caller was away.
    now += 3_600_000;
    expect(budget.charge('small', 60_000).ok).toBe(true);
    expect(budget.charge('small', 1).ok).toBe(false);
  });
});
