import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  ATTEMPT_REQUEST,
  DELIVERY_POLICY,
  HEALTHY,
  healthAfter,
  jittered,
  parseRetryAfter,
  retrySchedule,
  verdictOf,
  type AttemptResult,
  type DeliveryState,
  type HookHealth,
} from './deliveryPolicy.js';

const T = new Date('2026-03-02T08:00:00.000Z');
const plus = (ms: number) => new Date(T.getTime() + ms);
const status = (code: number, retryAfter?: string): AttemptResult => ({ kind: 'response', status: code, retryAfter });
/** The middle of the jitter: the scheduled wait exactly. */
const middle = () => 0.5;

describe('verdictOf', () => {
  it.each([
    [200, 'delivered'],
    [202, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [301, 'failed'],
    [302, 'failed'],
    [307, 'failed'],
    [308, 'failed'],
    [400, 'failed'],
    [401, 'failed'],
    [403, 'failed'],
    [404, 'failed'],
    [409, 'failed'],
    [422, 'failed'],
    [408, 'retry'],
    [429, 'retry'],
    [410, 'gone'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
  ] as const)('a %i answer is %s', (code, verdict) => {
    expect(verdictOf(status(code))).toBe(verdict);
  });

  it('retries after a timeout or a connection error, and fails a target refused before sending', () => {
    expect(verdictOf({ kind: 'timeout' })).toBe('retry');
    expect(verdictOf({ kind: 'network', error: 'ECONNREFUSED' })).toBe('retry');
    expect(verdictOf({ kind: 'refused', reason: 'private' })).toBe('failed');
  });
});

describe('the request', () => {
  it('is a POST that does not follow redirects, with a 15 s limit per attempt', () => {
    expect(ATTEMPT_REQUEST).toEqual({ method: 'POST', redirect: 'manual' });
    expect(DELIVERY_POLICY.attemptTimeoutMs).toBe(15_000);
  });
});

describe('retrySchedule', () => {
  it('tries ten times: at once, then after 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h and 24 h', () => {
    // Seconds from the first attempt, added up by hand: the last is 46 h 12 min 35 s.
    expect(retrySchedule().map((ms) => ms / 1000)).toEqual([0, 5, 35, 155, 755, 4355, 15155, 36755, 79955, 166355]);
    expect(46 * 3600 + 12 * 60 + 35).toBe(166355);
  });
});

describe('jittered', () => {
  it('moves a wait by up to a fifth either way', () => {
    expect(jittered(5000, 0.2, () => 0)).toBe(4000);
    expect(jittered(5000, 0.2, () => 0.25)).toBe(4500);
    expect(jittered(5000, 0.2, () => 0.5)).toBe(5000);
    expect(jittered(5000, 0.2, () => 0.75)).toBe(5500);
    expect(jittered(5000, 0.2, () => 0.999_999)).toBe(6000);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2015-10-21T07:27:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(60_000);
  });

  it('gives 0 for a date already past and nothing for an absent or unreadable header', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('2015-10-21', now)).toBeUndefined();
  });
});

describe('afterAttempt', () => {
  it('is delivered on a 2xx, counting this attempt', () => {
    expect(afterAttempt(0, status(200), T, middle)).toEqual({ state: 'delivered', attempts: 1 });
    expect(afterAttempt(3, status(204), T, middle)).toEqual({ state: 'delivered', attempts: 4 });
  });

  it('tries again 5 s after a first 500, moved by the jitter', () => {
    expect(afterAttempt(0, status(500), T, middle)).toEqual({
      state: 'retrying',
      attempts: 1,
      nextAttemptAt: plus(5000),
    });
    expect(afterAttempt(0, status(500), T, () => 0)).toMatchObject({ nextAttemptAt: plus(4000) });
    expect(afterAttempt(0, { kind: 'timeout' }, T, () => 0.75)).toMatchObject({ nextAttemptAt: plus(5500) });
  });

  it('waits 1 h after a fifth failed attempt', () => {
    expect(afterAttempt(4, { kind: 'network' }, T, middle)).toEqual({
      state: 'retrying',
      attempts: 5,
      nextAttemptAt: plus(3_600_000),
    });
  });

  it('never waits longer than a day, whatever the jitter', () => {
    // The ninth attempt fails: 24 h scheduled; jitter upwards is cut at 24 h, downwards gives 19.2 h.
    expect(afterAttempt(8, status(503), T, () => 0.999)).toMatchObject({
      attempts: 9,
      nextAttemptAt: plus(86_400_000),
    });
    expect(afterAttempt(8, status(503), T, () => 0)).toMatchObject({ nextAttemptAt: plus(69_120_000) });
  });

  it('gives up when the tenth attempt fails', () => {
    expect(afterAttempt(9, status(500), T, middle)).toEqual({ state: 'failed', attempts: 10, why: 'exhausted' });
  });

  it('waits as long as Retry-After asks when that is longer, and no longer than a day', () => {
    expect(afterAttempt(0, status(429, '120'), T, middle)).toMatchObject({ nextAttemptAt: plus(120_000) });
    // 1 s asked, 1 h scheduled: the schedule wins.
    expect(afterAttempt(4, status(503, '1'), T, middle)).toMatchObject({ nextAttemptAt: plus(3_600_000) });
    expect(afterAttempt(0, status(503, '100000'), T, middle)).toMatchObject({ nextAttemptAt: plus(86_400_000) });
  });

  it('fails at once on a redirect or a 404, and is gone on a 410', () => {
    expect(afterAttempt(0, status(301), T, middle)).toEqual({ state: 'failed', attempts: 1, why: 'permanent' });
    expect(afterAttempt(2, status(404), T, middle)).toEqual({ state: 'failed', attempts: 3, why: 'permanent' });
    expect(afterAttempt(0, status(410), T, middle)).toEqual({ state: 'gone', attempts: 1 });
  });

  it('follows a receiver that always answers 503 through all ten attempts to the last one 46 h 12 min 35 s on', () => {
    let now = T;
    let state: DeliveryState = afterAttempt(0, status(503), now, middle);
    const attemptTimes = [0];
    while (state.state === 'retrying') {
      now = state.nextAttemptAt;
      attemptTimes.push((now.getTime() - T.getTime()) / 1000);
      state = afterAttempt(state.attempts, status(503), now, middle);
    }
    expect(attemptTimes).toEqual(retrySchedule().map((ms) => ms / 1000));
    expect(state).toEqual({ state: 'failed', attempts: 10, why: 'exhausted' });
  });

  it('follows a policy a test gives: two attempts 10 ms apart', () => {
    const quick = { ...DELIVERY_POLICY, retryDelaysMs: [10], jitter: 0 };
    expect(afterAttempt(0, status(500), T, middle, quick)).toMatchObject({
      state: 'retrying',
      nextAttemptAt: plus(10),
    });
    expect(afterAttempt(1, status(500), T, middle, quick)).toEqual({ state: 'failed', attempts: 2, why: 'exhausted' });
  });
});

describe('healthAfter', () => {
  const later = plus(60_000);
  const failed: DeliveryState = { state: 'failed', attempts: 1, why: 'permanent' };

  it('changes nothing while a delivery is still retrying', () => {
    const health: HookHealth = { failedInARow: 2, disabled: null };
    expect(healthAfter(health, { state: 'retrying', attempts: 3, nextAttemptAt: later }, T)).toBe(health);
  });

  it('starts the count again at 0 after a delivery', () => {
    expect(healthAfter({ failedInARow: 4, disabled: null }, { state: 'delivered', attempts: 2 }, T)).toEqual(HEALTHY);
  });

  it('switches the hook off at the fifth failed delivery in a row, not the fourth', () => {
    let health = HEALTHY;
    for (let i = 0; i < 4; i++) health = healthAfter(health, failed, T);
    expect(health).toEqual({ failedInARow: 4, disabled: null });
    expect(healthAfter(health, failed, later)).toEqual({ failedInARow: 5, disabled: { why: 'failing', at: later } });
  });

  it('switches the hook off at once when a message used all its attempts, or the receiver answered 410', () => {
    const exhausted: DeliveryState = { state: 'failed', attempts: 10, why: 'exhausted' };
    expect(healthAfter(HEALTHY, exhausted, T)).toEqual({ failedInARow: 1, disabled: { why: 'exhausted', at: T } });
    expect(healthAfter(HEALTHY, { state: 'gone', attempts: 1 }, T)).toEqual({
      failedInARow: 1,
      disabled: { why: 'gone', at: T },
    });
  });

  it('keeps the first reason and time a hook was switched off, and a delivery does not switch it on', () => {
    const off: HookHealth = { failedInARow: 1, disabled: { why: 'gone', at: T } };
    expect(healthAfter(off, failed, later).disabled).toEqual({ why: 'gone', at: T });
    expect(healthAfter(off, { state: 'delivered', attempts: 1 }, later)).toEqual({
      failedInARow: 0,
      disabled: { why: 'gone', at: T },
    });
  });
});
