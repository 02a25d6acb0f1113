/**
 * Results computed once per revision and kept in Neo4j as well as in memory (docs/analysis.md, "Kept fresh"): an
 * industry's analyses, the corridor's aggregates. Every server on the same database reads the same revision and
 * the same stored payload, so two servers never disagree and a restart loses nothing; the memory (kept.ts) only
 * spares re-parsing a payload the database says is still current, and makes a burst of requests compute once.
 *
 * `compute` is given once, when the store is made (like a DataLoader's batch function): it reads what the result
 * is made of at the subject's revision (RevisionsStore.atRevision) and derives it. Nothing calls back into the
 * caller at request time.
 */
import type { Gate } from '../admission.js';
import type { Subject } from './kept.cypher.js';
import { KeptPerRevision } from './kept.js';
import type { AtRevision, RevisionsStore } from './revisions.store.js';

/** A result with the revision it is of. */
export interface AtCurrent<T> {
  revision: string;
  value: T;
}

export interface StoredOptions<T> {
  subject: Subject;
  /** The payload's shape: raise it whenever T changes, so payloads stored by an older server are computed again. */
  format: number;
  /** Reads and derives the result for `key`; null: no such subject. */
  compute: (key: string) => Promise<AtRevision<T> | null>;
  /** Computations are whole-graph reads: admitted a few at a time (admission.ts). */
  gate: Gate;
  /** Results held in memory: one per key, each a few kilobytes. */
  size?: number;
}

export class StoredPerRevision<T> {
  private readonly kept: KeptPerRevision<T>;

  constructor(
    private readonly revisions: RevisionsStore,
    private readonly options: StoredOptions<T>,
  ) {
    this.kept = new KeptPerRevision(options.size ?? 256);
  }

  /**
   * The result for `key` at its current revision — held, stored, or computed (once, however many ask) — with that
   * revision; null when there is no such subject. One read of the revision, together with the stored payload.
   */
  async get(key: string): Promise<AtCurrent<T> | null> {
    const { subject, format } = this.options;
    // The revision held here is sent along: when it is still current the database sends no payload.
    const row = await this.revisions.current(subject, key, format, this.kept.revisionOf(key) ?? '-');
    if (!row) return null;
    const { revision, payload } = row;
    if (payload !== null) return { revision, value: await this.kept.set(key, revision, JSON.parse(payload) as T) };
    const value = await this.kept.shared(
      key,
      revision,
      () => this.options.gate.run(() => this.computeAndKeep(key)),
      `the answers for ${key} are being computed for its latest data and were not ready within this request; ` +
        'they are kept once done, so ask again shortly',
      { query: 'results.compute', key },
    );
    return { revision, value };
  }

  private async computeAndKeep(key: string): Promise<T> {
    const started = performance.now();
    const read = await this.options.compute(key);
    if (!read) throw new Error(`${key} disappeared while its results were computed`);
    // Read across a write: good for this request, not to be kept under either revision.
    if (!read.consistent) return read.value;
    const ms = Math.round(performance.now() - started);
    await this.revisions.keep(
      this.options.subject,
      key,
      read.revision,
      JSON.stringify(read.value),
      this.options.format,
      ms,
    );
    return read.value;
  }
}
