/**
 * Who may call /graphql, and how often. A request presents an API key (`Authorization: Bearer g60_…` or
 * `X-API-Key`) or the server's ADMIN_TOKEN, or nothing — allowed to read only when anonymous read is on. What
 * each caller may then use is in quotas.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { ANONYMOUS, type AccessService, type Principal } from '../modules/access/index.js';
import { sendError } from './httpErrors.js';

export interface AccessOptions {
  /** The server's own all-powerful token (ADMIN_TOKEN), if any. */
  adminToken?: string | undefined;
  /** Whether a request without a key may read. */
  anonymousRead: boolean;
}

const ADMIN: Principal = { keyId: 'admin-token', scopes: new Set(['admin']) };

export const principalOf = (res: Response): Principal => (res.locals.principal as Principal | undefined) ?? ANONYMOUS;

function presented(header: string | undefined, apiKey: string | string[] | undefined): string | null {
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return typeof apiKey === 'string' && apiKey.length > 0 ? apiKey.trim() : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function authenticate(access: AccessService, options: AccessOptions): RequestHandler {
  return (req, res, next) => {
    const token = presented(req.headers.authorization, req.headers['x-api-key']);
    const refuse = (message: string) => {
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendError(res, 401, 'UNAUTHENTICATED', message);
    };
    if (!token) {
      if (!options.anonymousRead) return refuse('this server needs an API key: send Authorization: Bearer g60_…');
      res.locals.principal = ANONYMOUS;
      return next();
    }
    if (options.adminToken && sameSecret(token, options.adminToken)) {
      res.locals.principal = ADMIN;
      return next();
    }
    access.verify(token).then((principal) => {
      if (!principal) return refuse('unknown or revoked API key');
      res.locals.principal = principal;
      next();
    }, next);
  };
}
