/**
 * Whole-industry analyses computed once per industry revision and kept in Neo4j (docs/analysis.md, "Kept
 * fresh"). Every server on the same database reads the same revision and the same stored result, so two servers
 * never disagree and a restart loses nothing; the in-process memo only spares re-parsing a payload the database
 * says is still current.
 */
import type { Gate } from '../../admission.js';
import type { Executor, TypedTx } from '../../db/executor.js';
import { awaitShared, runOutsideScope } from '../../db/requestScope.js';
import { INDUSTRY_RESULTS, type KeptStatements } from './results.cypher.js';

/**
 * The shape of a stored payload. Raise it whenever IndustryAnalyses changes: results stored by an older server
 * are then computed again instead of read in the wrong shape.
 */
export const RESULT_FORMAT = 2;

/** Results held in memory per process: one per industry, each a few kilobytes. */
const MEMO_SIZE = 256;

export class AnalysisResults {
  private readonly memo = new Map<string, { revision: string; value: unknown }>();
  /** One computation per (result, revision) in this process, however many requests ask at once. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly executor: Executor,
    /** Computations are whole-industry reads: admitted a few at a time (admission.ts). */
    private readonly gate: Gate,
    /** How long one computation may take; it is not bound to the request that started it. */
    private readonly timeoutMs = 300_000,
    /** What the results are about: industries (the default) or the corridor (modules/overview). */
    private readonly statements: KeptStatements = INDUSTRY_RESULTS,
    /** The payload's shape (RESULT_FORMAT for the analyses); a stored payload of another format is recomputed. */
    private readonly format = RESULT_FORMAT,
  ) {}

  /**
   * The current result for `key` (an industry id, or 'corridor'), computed from one read transaction when none is
   * stored; null when there is no such industry.
   */
  async get<T>(key: string, compute: (tx: TypedTx) => Promise<T>): Promise<T | null> {
    const held = this.memo.get(key);
    const [row] = await this.executor.read(this.statements.read, {
      key,
      known: held?.revision ?? '-',
      format: this.format,
    });
    if (!row) return null;
    if (held && held.revision === row.revision) return held.value as T;
    if (row.payload !== null) {
      const value = JSON.parse(row.payload) as T;
      this.remember(key, row.revision, value);
      return value;
    }
    const flight = `${key}@${row.revision}`;
    let pending = this.running.get(flight) as Promise<T> | undefined;
    if (!pending) {
      // Shared by every request asking for this revision, and kept for all later ones: neither the deadline nor
      // the departure of the request that happened to start it may cut it off (at XL a first computation takes
      // longer than one request's deadline; cut off, it would never finish).
      pending = runOutsideScope(() => this.gate.run(() => this.computeAndKeep(key, compute))).finally(() =>
        this.running.delete(flight),
      );
      // Each waiting request gets the outcome; a computation nobody waits for any more must not go unhandled.
      pending.catch(() => undefined);
      this.running.set(flight, pending);
    }
    return awaitShared(
      pending,
      `the answers for ${key} are being computed for its latest data and were not ready within this request; ` +
        'they are kept once done, so ask again shortly',
      { query: 'results.compute', key },
    );
  }

  private async computeAndKeep<T>(key: string, compute: (tx: TypedTx) => Promise<T>): Promise<T> {
    const started = performance.now();
    // Neo4j reads are read-committed, not snapshots: reading the revision before and after tells whether a write
    // touching this industry committed in between. Writers bump it in their own transaction.
    const { value, before, after } = await this.executor.readTx(
      'results.compute',
      async (tx) => {
        const revisionNow = async () => (await tx.run(this.statements.revision, { key }))[0]?.revision ?? '';
        const before = await revisionNow();
        const value = await compute(tx);
        return { value, before, after: await revisionNow() };
      },
      this.timeoutMs,
    );
    const ms = Math.round(performance.now() - started);
    if (before !== after) return value;
    this.remember(key, before, value);
    try {
      const payload = JSON.stringify(value);
      await this.executor.write(this.statements.write, {
        key,
        revision: before,
        payload,
        format: this.format,
        ms,
      });
    } catch {
      // Not kept (a read-only database, a busy one): the next request computes it again; the answer stands.
    }
    return value;
  }

  private remember(key: string, revision: string, value: unknown): void {
    this.memo.delete(key);
    this.memo.set(key, { revision, value });
    if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
  }
}
