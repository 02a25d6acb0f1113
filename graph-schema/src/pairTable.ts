/**
 * A table of (node, node) pairs, each with a number: what deduplicates links when there are millions of them (the
 * synthetic generator's SUPPLIES, the bulk import's check that no link is given twice). Nodes are numbered by the
 * caller (0, 1, 2, …). Open addressing over typed arrays: about 12 bytes a slot, where a JavaScript Map of the
 * same pairs costs ~80 bytes an entry, a second per million insertions and stops at 2^24 entries.
 */

const EMPTY = -1;
const MAX_LOAD = 0.6;

export class PairTable {
  private from: Int32Array;
  private to: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.from = new Int32Array(capacity).fill(EMPTY);
    this.to = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The number stored with the pair, or undefined. */
  get(a: number, b: number): number | undefined {
    const slot = this.find(a, b);
    return this.from[slot] === EMPTY ? undefined : this.values[slot];
  }

  has(a: number, b: number): boolean {
    return this.from[this.find(a, b)] !== EMPTY;
  }

  /** Stores the pair with its number unless present; returns whether it was added. */
  add(a: number, b: number, value = 0): boolean {
    if (a < 0 || b < 0 || !Number.isInteger(a) || !Number.isInteger(b) || a > 0x7fffffff || b > 0x7fffffff) {
      throw new RangeError(`PairTable: node numbers are integers from 0 to 2^31-1, not (${a}, ${b})`);
    }
    const slot = this.find(a, b);
    if (this.from[slot] !== EMPTY) return false;
    this.from[slot] = a;
    this.to[slot] = b;
    this.values[slot] = value;
    this.count++;
    if (this.count > this.from.length * MAX_LOAD) this.grow();
    return true;
  }

  /** The slot holding the pair, or the empty slot where it would go (linear probing). */
  private find(a: number, b: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const f = this.from[slot] as number;
      if (f === EMPTY || (f === a && this.to[slot] === b)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { from, to, values } = this;
    const capacity = from.length * 2;
    this.from = new Int32Array(capacity).fill(EMPTY);
    this.to = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < from.length; i++) {
      const a = from[i] as number;
      if (a === EMPTY) continue;
      const slot = this.find(a, to[i] as number);
      this.from[slot] = a;
      this.to[slot] = to[i] as number;
      this.values[slot] = values[i] as number;
    }
  }
}

/** Mixes both numbers so that consecutive node numbers spread over the table. */
function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
