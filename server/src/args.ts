/**
 * Argument checks shared by every service, against the ranges of `LIMITS` (graph-schema/src/limits.ts). A bad
 * argument is BAD_USER_INPUT naming the field and the range, whichever query it came through.
 */
import type { IntRange } from '@g60/graph-schema';
import { badInput } from './errors.js';

/** An integer argument: the client's value, or the range's default when omitted; anything outside is refused. */
export function intArg(field: string, value: number | null | undefined, range: IntRange): number {
  const v = value ?? range.default;
  if (v === undefined) throw badInput(field, 'is required');
  if (!Number.isInteger(v) || v < range.min || v > range.max) {
    throw badInput(field, `must be from ${range.min} to ${range.max}`);
  }
  return v;
}

/** A list argument: null when omitted (or empty and the range allows none), else its length must be in range. */
export function listArg<T>(field: string, value: readonly T[] | null | undefined, range: IntRange): T[] | null {
  if (value === null || value === undefined || (value.length === 0 && range.min === 0)) return null;
  if (value.length < range.min || value.length > range.max) {
    throw badInput(field, `give ${range.min} to ${range.max} items, or omit it`);
  }
  return [...new Set(value)];
}

/** A text argument, trimmed. Blank is "not given" when the range allows 0 characters, and refused otherwise. */
export function textArg(field: string, value: string | null | undefined, range: IntRange): string | null {
  const v = value?.trim() ?? '';
  if (v.length === 0) {
    if (range.min > 0) throw badInput(field, 'must not be empty');
    return null;
  }
  if ([...v].length > range.max) throw badInput(field, `at most ${range.max} characters`);
  return v;
}
