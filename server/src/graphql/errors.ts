import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors.js';

/**
 * Domain errors keep their message and get their code; anything unexpected is logged and reported without
 * internals, so a partner sees a stable code and never a stack trace or a Cypher statement.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    if (original.code === 'INTERNAL') console.error('internal error:', original, original.details, original.cause);
    const field = original.details.field;
    return {
      ...formatted,
      message: original.code === 'INTERNAL' ? 'internal error' : original.message,
      extensions: { code: original.code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  // A client should tell "too big" from "malformed" by the code: GraphQL Armor's limits and the parser's token
  // limit come as validation and syntax errors.
  if (/ limit of \d+ exceeded|contains more th\w+ \d+ tokens/.test(formatted.message)) {
    return { message: formatted.message, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  const code = formatted.extensions?.code;
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    console.error('unexpected GraphQL error:', original);
    return {
      message: 'internal error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL' },
    };
  }
  return formatted;
}
