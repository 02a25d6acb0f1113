import { usccProblem } from '@g60/graph-schema';
import { describe, expect, it } from 'vitest';
import { syntheticUscc } from './registrySample.js';

describe('synthetic credit codes', () => {
  it('are valid, stable, and differ between companies', () => {
    const codes = Array.from({ length: 2_000 }, (_, i) => syntheticUscc(`company:syn-${i}`, '330400'));
    expect(codes.filter((c) => usccProblem(c) !== null)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(syntheticUscc('company:syn-7', '330400')).toBe(codes[7]);
    expect(codes[0]?.slice(0, 8)).toBe('91330400');
  });
});
