import { describe, expect, it, vi } from 'vitest';
import type { Gate } from '../admission.js';
import type { Subject } from './kept.cypher.js';
import type { AtRevision, RevisionsStore } from './revisions.store.js';
import { StoredPerRevision } from './stored.js';

interface Answer {
  n: number;
}

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

type CurrentRow = { revision: string; payload: string | null } | null;

/**
 * A RevisionsStore without a database: `current` answers from `rows` in turn (the last one repeats), `keep`
 * records what it is given. Both are spies, so a test reads what was asked.
 */
function fakeRevisions(...rows: CurrentRow[]) {
  let at = 0;
  const current = vi.fn(
    async (_subject: Subject, _key: string, _format: number, _known?: string): Promise<CurrentRow> =>
      rows[Math.min(at++, rows.length - 1)] ?? null,
  );
  const keep = vi.fn(
    async (_subject: Subject, _key: string, _revision: string, _payload: string, _format: number, _ms: number) => true,
  );
  return { current, keep, store: { current, keep } as unknown as RevisionsStore };
}

/** A gate that lets everything through and counts what it ran. */
function countingGate() {
  const gate = { runs: 0, run: <T>(work: () => Promise<T>) => (gate.runs++, work()) };
  return gate satisfies Gate;
}

const FORMAT = 3;

function stored(
  revisions: RevisionsStore,
  compute: (key: string) => Promise<AtRevision<Answer> | null>,
  gate: Gate = countingGate(),
) {
  return new StoredPerRevision<Answer>(revisions, { subject: 'industry', format: FORMAT, compute, gate });
}

describe('StoredPerRevision', () => {
  it('answers a kept payload by parsing it, without computing', async () => {
    const { store, current, keep } = fakeRevisions({ revision: 'r1', payload: '{"n":1}' });
    const compute = vi.fn(async () => null);
    expect(await stored(store, compute).get('k')).toEqual({ revision: 'r1', value: { n: 1 } });
    // Nothing held yet: known '-'.
    expect(current).toHaveBeenCalledWith('industry', 'k', FORMAT, '-');
    expect(compute).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
  });

  it('sends the revision it holds, so a value still current is answered from memory and not sent again', async () => {
    // First: the payload at r1. Second: still r1, and since r1 is known the database sends no payload.
    const { store, current } = fakeRevisions({ revision: 'r1', payload: '{"n":1}' }, { revision: 'r1', payload: null });
    const compute = vi.fn(async () => null);
    const results = stored(store, compute);
    await results.get('k');
    expect(await results.get('k')).toEqual({ revision: 'r1', value: { n: 1 } });
    expect(current).toHaveBeenLastCalledWith('industry', 'k', FORMAT, 'r1');
    expect(compute).not.toHaveBeenCalled();
  });

  it('computes once however many ask, through the gate, and keeps the result with the revision it was read at', async () => {
    // The database says r1 without a payload; the computation then reads at r2 (a write came in between) and
    // consistently so: it is kept under r2, the revision its facts are of.
    const { store, keep } = fakeRevisions({ revision: 'r1', payload: null });
    const read = deferred<AtRevision<Answer>>();
    const started = deferred<void>();
    const compute = vi.fn(() => {
      started.resolve();
      return read.promise;
    });
    const gate = countingGate();
    const results = stored(store, compute, gate);
    const asks = [results.get('k'), results.get('k'), results.get('k')];
    // The three revision reads answer together; the first to go on starts the computation, the other two are
    // past their reads by the time the test goes on, so all three wait on the one computation it then ends.
    await started.promise;
    read.resolve({ value: { n: 5 }, revision: 'r2', consistent: true });
    // (The answers are labelled with the revision `current` said, r1; only their values are checked here.)
    expect((await Promise.all(asks)).map((a) => a?.value)).toEqual([{ n: 5 }, { n: 5 }, { n: 5 }]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(compute).toHaveBeenCalledWith('k');
    expect(gate.runs).toBe(1);
    expect(keep).toHaveBeenCalledTimes(1);
    expect(keep).toHaveBeenCalledWith('industry', 'k', 'r2', '{"n":5}', FORMAT, expect.any(Number));
  });

  it('answers a read across a write (consistent: false) but does not keep it', async () => {
    // r1, computed inconsistently; the next ask finds r2 and computes again, this time consistently.
    const { store, keep } = fakeRevisions({ revision: 'r1', payload: null }, { revision: 'r2', payload: null });
    const compute = vi
      .fn<(key: string) => Promise<AtRevision<Answer>>>()
      .mockResolvedValueOnce({ value: { n: 1 }, revision: 'r1', consistent: false })
      .mockResolvedValueOnce({ value: { n: 2 }, revision: 'r2', consistent: true });
    const results = stored(store, compute);
    expect(await results.get('k')).toEqual({ revision: 'r1', value: { n: 1 } });
    expect(keep).not.toHaveBeenCalled();
    expect(await results.get('k')).toEqual({ revision: 'r2', value: { n: 2 } });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(keep).toHaveBeenCalledTimes(1);
    expect(keep).toHaveBeenCalledWith('industry', 'k', 'r2', '{"n":2}', FORMAT, expect.any(Number));
  });

  it('answers null for no such subject, without computing', async () => {
    const { store } = fakeRevisions(null);
    const compute = vi.fn(async () => null);
    expect(await stored(store, compute).get('nowhere')).toBeNull();
    expect(compute).not.toHaveBeenCalled();
  });

  it('fails when the subject disappears while computed, and computes again next time', async () => {
    const { store, keep } = fakeRevisions({ revision: 'r1', payload: null });
    const compute = vi
      .fn<(key: string) => Promise<AtRevision<Answer> | null>>()
      .mockResolvedValueOnce(null)
      .mockResolvedValueOnce({ value: { n: 3 }, revision: 'r1', consistent: true });
    const results = stored(store, compute);
    await expect(results.get('k')).rejects.toThrow('k disappeared while its results were computed');
    expect(await results.get('k')).toEqual({ revision: 'r1', value: { n: 3 } });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(keep).toHaveBeenCalledTimes(1);
  });
});
