/**
 * Cost units over time, per caller: a token bucket holding up to a minute's allowance, refilled continuously. A
 * request priced by cost.ts is charged in full before it runs; one the bucket cannot pay is refused with the time
 * until it could. Prices are upper bounds (an analysis served from its kept result is charged at its cold price),
 * so the allowance is what a caller may ask for, not what it used.
 */
export interface Charge {
  ok: boolean;
  /** Whole seconds until the bucket holds the cost again (0 when ok). */
  retryAfterSeconds: number;
}

interface Bucket {
  units: number;
  at: number;
}

export class CostBudget {
  private readonly buckets = new Map<string, Bucket>();

  /** `perMinute(caller)`: the caller's allowance of cost units a minute. */
  constructor(
    private readonly perMinute: (caller: string) => number,
    private readonly now: () => number = Date.now,
  ) {}

  charge(caller: string, cost: number): Charge {
    const allowance = this.perMinute(caller);
    const rate = allowance / 60_000;
    const t = this.now();
    const held = this.buckets.get(caller);
    const units = held ? Math.min(allowance, held.units + (t - held.at) * rate) : allowance;
    if (cost > units) {
      // A cost above the whole allowance could never be paid; the per-request limit keeps it from happening.
      const retryAfterSeconds = Math.max(1, Math.ceil((Math.min(cost, allowance) - units) / rate / 1000));
      this.buckets.set(caller, { units, at: t });
      return { ok: false, retryAfterSeconds };
    }
    this.buckets.set(caller, { units: units - cost, at: t });
    if (this.buckets.size > 10_000) this.forgetFull(t);
    return { ok: true, retryAfterSeconds: 0 };
  }

  /** Drops buckets that have refilled: they hold no state a fresh one would not. */
  private forgetFull(t: number): void {
    for (const [caller, b] of this.buckets) {
      if (b.units + ((t - b.at) * this.perMinute(caller)) / 60_000 >= this.perMinute(caller))
        this.buckets.delete(caller);
    }
  }
}
