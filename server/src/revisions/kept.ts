/**
 * The one "kept per revision" mechanism (docs/architecture.md, "Kept per revision"). A value derived from the graph
 * — an industry's analyses or projection, the corridor's aggregates, a target list's reads, a scenario's answers —
 * is good for as long as the revision it was computed at is current. Per key this holds one value and the revision
 * it belongs to: asked for that revision it answers from memory (or from the computation already under way, so a
 * burst of requests computes once), asked for another it computes again and forgets the old one. A computation that
 * fails is forgotten, so the next request tries again. Bounded: the least recently asked key goes first.
 *
 * The caller reads the revision (once per request, usually with the first read it needs anyway) and passes it
 * down; nothing here reads the database.
 */
import { awaitShared, runOutsideScope } from '../db/requestScope.js';

interface Entry<T> {
  revision: string;
  value: Promise<T>;
}

export class KeptPerRevision<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    /** How many keys are held at most. */
    private readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`KeptPerRevision: size must be a positive integer`);
  }

  /** The value of `key` at `revision`, computed by `compute` unless held (or being computed) already. */
  get(key: string, revision: string, compute: () => Promise<T>): Promise<T> {
    const held = this.entries.get(key);
    if (held && held.revision === revision) {
      this.touch(key, held);
      return held.value;
    }
    return this.set(key, revision, compute());
  }

  /** Holds a value (or a computation) for `key` at `revision`, replacing whatever was held for the key. */
  set(key: string, revision: string, value: T | Promise<T>): Promise<T> {
    const entry: Entry<T> = { revision, value: Promise.resolve(value) };
    // Forgotten when it fails, unless something newer took its place meanwhile.
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.touch(key, entry);
    return entry.value;
  }

  /** What is held for `key` at `revision`, without computing; undefined when nothing is. */
  peek(key: string, revision: string): Promise<T> | undefined {
    const held = this.entries.get(key);
    return held && held.revision === revision ? held.value : undefined;
  }

  /**
   * `get` for work that serves more requests than the one that starts it: the computation runs outside the
   * request's scope (neither its deadline nor its client leaving cuts it off, so it finishes and is kept), and the
   * request waits for it only within its own deadline — past it, QUERY_TIMEOUT saying `notReady`.
   */
  shared(
    key: string,
    revision: string,
    compute: () => Promise<T>,
    notReady: string,
    details: Record<string, unknown>,
  ): Promise<T> {
    const value = this.get(key, revision, () => runOutsideScope(compute));
    return awaitShared(value, notReady, details);
  }

  /** The revision held (or being computed) for `key`, if any. */
  revisionOf(key: string): string | undefined {
    return this.entries.get(key)?.revision;
  }

  get heldKeys(): number {
    return this.entries.size;
  }

  private touch(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}
