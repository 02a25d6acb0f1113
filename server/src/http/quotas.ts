/**
 * What one caller may use — a caller being an API key, or a client address when there is no key. Three limits, each
 * answered with 429 RATE_LIMITED and Retry-After: requests a minute, requests in flight at once, and cost units a
 * minute (charged by the cost plugin, graphql/costBudget.ts, once a request is priced). All are per process.
 */
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from './access.js';
import { sendError } from './httpErrors.js';

export interface RateLimits {
  /** Requests per minute per API key. */
  perKey: number;
  /** Requests per minute per client address, for anonymous callers. */
  perAddress: number;
  /** Cost units (graphql/cost.ts) per minute per API key, spendable at once up to a minute's worth. */
  costPerKey?: number;
  /** Cost units per minute per client address, for anonymous callers. */
  costPerAddress?: number;
  /** Requests of one caller being answered at once. */
  concurrentPerCaller?: number;
}

/** The defaults of `npm start` (env.ts), and of a test or bench app that sets nothing else. */
export const DEFAULT_RATE_LIMITS: Required<RateLimits> = {
  perKey: 1_200,
  perAddress: 600,
  costPerKey: 300_000,
  costPerAddress: 120_000,
  concurrentPerCaller: 8,
};

/** Who is counted: the key's id, or the address (IPv6 by its /56, as express-rate-limit does). */
export function callerOf(req: Request, res: Response): string {
  return principalOf(res).keyId ?? `address:${ipKeyGenerator(req.ip ?? 'unknown')}`;
}

function tooMany(res: Response, seconds: number, message: string): void {
  res.setHeader('Retry-After', String(seconds));
  sendError(res, 429, 'RATE_LIMITED', message);
}

export function requestRate(limits: RateLimits): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => (principalOf(res).keyId ? limits.perKey : limits.perAddress),
    keyGenerator: callerOf,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
      tooMany(res, seconds, `too many requests; try again in ${seconds} s`);
    },
  });
}

/**
 * At most `perCaller` requests of one caller in flight: a client that opens many connections at once cannot fill
 * the server's connection pool on its own. A request counts until its answer is sent or its client leaves.
 */
export function concurrencyCap(perCaller: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const caller = callerOf(req, res);
    const now = inFlight.get(caller) ?? 0;
    if (now >= perCaller) {
      tooMany(res, 1, `at most ${perCaller} requests at once; wait for one to finish`);
      return;
    }
    inFlight.set(caller, now + 1);
    res.once('close', () => {
      const left = (inFlight.get(caller) ?? 1) - 1;
      if (left > 0) inFlight.set(caller, left);
      else inFlight.delete(caller);
    });
    next();
  };
}
