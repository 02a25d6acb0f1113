/**
 * What a request that never reaches GraphQL gets: a JSON error in the GraphQL shape with a stable code and the
 * right 4xx, never Express's HTML page with a stack and server paths.
 */
import { isUtf8 } from 'node:buffer';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { DomainError } from '../errors.js';

export function sendError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** JSON is UTF-8 (RFC 8259); a body declared in another charset is refused before it is read. */
export const acceptUtf8Only: RequestHandler = (req, res, next) => {
  const charset = /charset=([^;\s]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    ?.replace(/"/g, '')
    .toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `content-type: charset ${charset} is not accepted; send UTF-8 JSON`);
    return;
  }
  next();
};

/**
 * The JSON parser's check of the raw bytes: invalid UTF-8 is refused rather than decoded to replacement characters
 * that a search or a write would then take as the caller's text.
 */
export function requireUtf8(_req: unknown, _res: unknown, bytes: Buffer): void {
  if (!isUtf8(bytes)) throw new Error('request body: not valid UTF-8');
}

/** body-parser's error types, as the client should read them. */
const BODY_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'request body: not a JSON object'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'request body: larger than 2 MB'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'content-encoding: use gzip, deflate or none'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'content-type: send UTF-8 JSON'],
  'request.aborted': [400, 'BAD_REQUEST', 'request body: aborted by the client'],
  'entity.verify.failed': [400, 'BAD_REQUEST', 'request body: not valid UTF-8'],
};

/** The last handler of every route: known client errors by their code, anything else a logged INTERNAL. */
export const finalErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  const known = type ? BODY_ERRORS[type] : undefined;
  if (known) {
    sendError(res, ...known);
  } else if (
    error instanceof DomainError &&
    (error.code === 'DATABASE_UNAVAILABLE' || error.code === 'DATABASE_BUSY')
  ) {
    sendError(res, 503, error.code, error.message);
  } else if (typeof status === 'number' && status >= 400 && status < 500) {
    sendError(res, status, 'BAD_REQUEST', 'bad request');
  } else {
    console.error('unhandled HTTP error:', error);
    sendError(res, 500, 'INTERNAL', 'internal error');
  }
};
