/**
 * When a webhook delivery counts as done, when it is tried again, and when a hook is switched off
 * (docs/webhooks.md, "Retries"). Pure: the caller passes the clock and the random source, so the delivery queue
 * stores what these functions answer and a test can work every step out by hand.
 *
 * Words: a *message* is one body for one hook (a change set's page, a triggered watch); an *attempt* is one POST
 * of it; a *delivery* ends delivered, failed or gone after one or more attempts.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export interface DeliveryPolicy {
  /** The wait before the 2nd, 3rd, … attempt; its length + 1 is the number of attempts a message gets. */
  retryDelaysMs: readonly number[];
  /** Each wait is moved by up to this fraction either way, so receivers that failed together are not retried together. */
  jitter: number;
  /** No wait is longer, whatever a `Retry-After` asks. */
  maxDelayMs: number;
  /** One attempt's whole time, connecting to reading the status, before it counts as a timeout. */
  attemptTimeoutMs: number;
  /** Failed deliveries in a row (each answered with a 3xx or 4xx) after which the hook is switched off. */
  disableAfterFailedDeliveries: number;
}

/**
 * Roughly ×5 at first, then doubling to a day: a blip is covered within a minute, a restart within a quarter of an
 * hour, and a receiver down over a weekend is still tried for two days (about 46 h from the first attempt), as the
 * specification recommends. 15 s per attempt is the low end of its 15–30 s: a receiver should answer at once and
 * do its work later.
 */
export const DELIVERY_POLICY: DeliveryPolicy = {
  retryDelaysMs: [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR],
  jitter: 0.2,
  maxDelayMs: 24 * HOUR,
  attemptTimeoutMs: 15 * SECOND,
  disableAfterFailedDeliveries: 5,
};

/**
 * How every attempt is sent. Redirects are not followed: a 3xx is answered like any failure (the partner should
 * give the new URL instead), and following one would let a receiver point the server at an address the target
 * check never saw.
 */
export const ATTEMPT_REQUEST = { method: 'POST', redirect: 'manual' } as const;

/** What one attempt came to, as the sender saw it. */
export type AttemptResult =
  | { kind: 'response'; status: number; /** The `Retry-After` header, if any. */ retryAfter?: string | null }
  /** No status within `attemptTimeoutMs`. */
  | { kind: 'timeout' }
  /** No connection or no answer: refused, reset, TLS failure, the host did not resolve. */
  | { kind: 'network'; error?: string }
  /** The target check refused the URL before sending (it now resolves to a private address): nothing was sent. */
  | { kind: 'refused'; reason: string };

/**
 * - delivered: a 2xx;
 * - retry: worth another attempt — a 5xx, 408, 429, a timeout, a connection error;
 * - failed: another attempt would get the same answer — a 3xx, any other 4xx, a refused target;
 * - gone: 410, the receiver asks to hear no more (the specification: disable the endpoint).
 */
export type Verdict = 'delivered' | 'retry' | 'failed' | 'gone';

export function verdictOf(result: AttemptResult): Verdict {
  switch (result.kind) {
    case 'timeout':
    case 'network':
      return 'retry';
    case 'refused':
      return 'failed';
    case 'response': {
      const { status } = result;
      if (status >= 200 && status <= 299) return 'delivered';
      if (status === 410) return 'gone';
      if (status >= 500 || status === 408 || status === 429) return 'retry';
      return 'failed';
    }
  }
}

/** Where a message stands after an attempt: what the queue stores. */
export type DeliveryState =
  | { state: 'delivered'; attempts: number }
  | { state: 'retrying'; attempts: number; nextAttemptAt: Date }
  | { state: 'failed'; attempts: number; why: 'permanent' | 'exhausted' }
  | { state: 'gone'; attempts: number };

/**
 * The state after one more attempt. `attemptsBefore` counts the attempts already made (0 for the first);
 * `random` is uniform in [0, 1), Math.random in the server.
 */
export function afterAttempt(
  attemptsBefore: number,
  result: AttemptResult,
  now: Date,
  random: () => number,
  policy: DeliveryPolicy = DELIVERY_POLICY,
): DeliveryState {
  const attempts = attemptsBefore + 1;
  const verdict = verdictOf(result);
  switch (verdict) {
    case 'delivered':
      return { state: 'delivered', attempts };
    case 'gone':
      return { state: 'gone', attempts };
    case 'failed':
      return { state: 'failed', attempts, why: 'permanent' };
    case 'retry': {
      const scheduled = policy.retryDelaysMs[attempts - 1];
      if (scheduled === undefined) return { state: 'failed', attempts, why: 'exhausted' };
      const asked = result.kind === 'response' ? parseRetryAfter(result.retryAfter, now) : undefined;
      const delay = Math.min(Math.max(jittered(scheduled, policy.jitter, random), asked ?? 0), policy.maxDelayMs);
      return { state: 'retrying', attempts, nextAttemptAt: new Date(now.getTime() + delay) };
    }
  }
}

/** A wait moved by up to ±jitter of itself: random 0 gives the shortest, 0.5 the scheduled wait. */
export function jittered(delayMs: number, jitter: number, random: () => number): number {
  return Math.round(delayMs * (1 + jitter * (2 * random() - 1)));
}

/**
 * A `Retry-After` header (RFC 9110): a number of seconds or an HTTP date, as milliseconds from now; undefined
 * when absent or unreadable, 0 for a date already past. It can lengthen a wait, never shorten one.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * SECOND;
  // Only a date with a weekday and a zone, as the RFC writes them; Date.parse takes far looser text.
  if (!/^[A-Za-z]{3},/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** When each attempt is made, from the first, before jitter: the table of docs/webhooks.md. */
export function retrySchedule(policy: DeliveryPolicy = DELIVERY_POLICY): number[] {
  let at = 0;
  return [0, ...policy.retryDelaysMs.map((delay) => (at += delay))];
}

/** A hook's health, kept beside it and shown in the webhook list. */
export interface HookHealth {
  /** Deliveries in a row that ended failed; a delivered one starts it again at 0. */
  failedInARow: number;
  /** Null while the hook is on; once off it stays off until someone switches it on again. */
  disabled: null | { why: 'gone' | 'exhausted' | 'failing'; at: Date };
}

export const HEALTHY: HookHealth = { failedInARow: 0, disabled: null };

/**
 * A hook's health after a delivery settles. It is switched off at once by a 410 or by a message that used all its
 * attempts (the receiver has been failing for about two days); after `disableAfterFailedDeliveries` messages in a
 * row answered with a 3xx or 4xx (a URL that no longer takes webhooks: 404, 401 …). A delivery still retrying
 * changes nothing yet.
 */
export function healthAfter(
  health: HookHealth,
  delivery: DeliveryState,
  now: Date,
  policy: DeliveryPolicy = DELIVERY_POLICY,
): HookHealth {
  const off = (why: 'gone' | 'exhausted' | 'failing') => health.disabled ?? { why, at: now };
  switch (delivery.state) {
    case 'retrying':
      return health;
    case 'delivered':
      return { failedInARow: 0, disabled: health.disabled };
    case 'gone':
      return { failedInARow: health.failedInARow + 1, disabled: off('gone') };
    case 'failed': {
      const failedInARow = health.failedInARow + 1;
      if (delivery.why === 'exhausted') return { failedInARow, disabled: off('exhausted') };
      const disabled = failedInARow >= policy.disableAfterFailedDeliveries ? off('failing') : health.disabled;
      return { failedInARow, disabled };
    }
  }
}
