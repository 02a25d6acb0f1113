/**
 * Domain errors. Each carries the code a GraphQL client sees in `extensions.code`, so partner systems can branch on
 * it without parsing messages.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'RATE_LIMITED'
  | 'QUERY_TIMEOUT'
  | 'CONSTRAINT_VIOLATION'
  | 'INTERNAL';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

/** A bad argument: names the field and the limit it broke. */
export function badInput(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

/** Nothing of that kind has that id: names the argument that carried it. */
export function notFound(field: string, what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${field}: no ${what} "${id}"`, { field });
}
