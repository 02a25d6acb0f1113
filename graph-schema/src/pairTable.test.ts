import { describe, expect, it } from 'vitest';
import { PairTable } from './pairTable.js';

describe('PairTable', () => {
  it('keeps the first number of a pair, tells the direction apart and grows past its first capacity', () => {
    const table = new PairTable(4);
    const seen = new Map<string, number>();
    let value = 0;
    // Consecutive and repeated pairs, across several doublings, checked against a Map of the same pairs.
    for (let a = 0; a < 300; a++) {
      for (let b = 0; b < 40; b++) {
        const key = `${a * 7},${b * 13}`;
        const added = table.add(a * 7, b * 13, value);
        expect(added).toBe(!seen.has(key));
        if (added) seen.set(key, value);
        value++;
      }
      expect(table.add(a * 7, 0, -5)).toBe(false);
    }
    expect(table.size).toBe(seen.size);
    for (const [key, v] of seen) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      expect(table.get(a, b)).toBe(v);
    }
    expect(table.has(13, 7)).toBe(false);
    expect(table.has(7, 13)).toBe(true);
    expect(table.get(1, 1)).toBeUndefined();
  });

  it('refuses numbers it cannot store', () => {
    const table = new PairTable();
    expect(() => table.add(-1, 0)).toThrow(/integers from 0/);
    expect(() => table.add(0, 2 ** 31)).toThrow(/integers from 0/);
    expect(() => table.add(0.5, 1)).toThrow(/integers from 0/);
  });
});
