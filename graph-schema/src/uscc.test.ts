import { describe, expect, it } from 'vitest';
import { usccCheckCharacter, usccProblem } from './uscc.js';

describe('unified social credit codes', () => {
  it('accepts codes whose check character matches (published examples)', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91110000600037341L')).toBeNull();
    expect(usccCheckCharacter('91330700712560575')).toBe('L');
  });

  it('catches one mistyped or swapped character, and says which check character was expected', () => {
    expect(usccProblem('91350100M000100Y44')).toMatch(/check character is 4, .* call for 3/);
    expect(usccProblem('91350100M000010Y43')).not.toBeNull();
    expect(usccProblem('91110000600037341')).toMatch(/18-character/);
    expect(usccProblem('9111000060003734IL')).toMatch(/18-character/); // I is not in the alphabet
  });
});
