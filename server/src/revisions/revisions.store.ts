/**
 * The revisions' driver calls: a subject's current revision (with its kept payload when current), keeping a
 * payload, and reading anything "at a revision" — inside one transaction with the revision read before and after,
 * which tells whether a write touching the subject committed meanwhile (Neo4j reads are read-committed, not
 * snapshots; writers move the revision in their own transaction, revisions.cypher.ts).
 */
import type { Executor, TypedTx } from '../db/executor.js';
import { KEPT, type Subject } from './kept.cypher.js';

/** What was read at a subject's revision: `consistent` is false when a write committed while it was read. */
export interface AtRevision<T> {
  value: T;
  revision: string;
  consistent: boolean;
}

export class RevisionsStore {
  constructor(private readonly executor: Executor) {}

  /**
   * The subject's revision and, when a payload of `format` is kept for it and differs from the `known` revision,
   * that payload; null: no such subject (an unknown industry).
   */
  async current(
    subject: Subject,
    key: string,
    format: number,
    known = '-',
  ): Promise<{ revision: string; payload: string | null } | null> {
    const [row] = await this.executor.read(KEPT[subject].read, { key, known, format });
    return row ?? null;
  }

  /** The subject's revision alone; null: no such subject. */
  async revision(subject: Subject, key: string): Promise<string | null> {
    return (await this.executor.read(KEPT[subject].revision, { key }))[0]?.revision ?? null;
  }

  /** Keeps a payload computed at `revision`; a no-op once the subject has moved on. False: not kept. */
  async keep(subject: Subject, key: string, revision: string, payload: string, format: number, ms: number) {
    try {
      const [row] = await this.executor.write(KEPT[subject].write, { key, revision, payload, format, ms });
      return (row?.n ?? 0) > 0;
    } catch {
      // Not kept (a read-only database, a busy one): the next request computes it again; the answer stands.
      return false;
    }
  }

  /**
   * `read` inside one read transaction between two reads of the subject's revision. Stores of the subjects use it
   * for the reads a kept result is computed from; null: no such subject.
   */
  atRevision<T>(
    subject: Subject,
    key: string,
    name: string,
    read: (tx: TypedTx) => Promise<T>,
    timeoutMs?: number,
  ): Promise<AtRevision<T> | null> {
    return this.executor.readTx(
      name,
      async (tx) => {
        const revisionNow = async () => (await tx.run(KEPT[subject].revision, { key }))[0]?.revision ?? null;
        const before = await revisionNow();
        if (before === null) return null;
        const value = await read(tx);
        return { value, revision: before, consistent: (await revisionNow()) === before };
      },
      timeoutMs,
    );
  }
}
