import { describe, expect, it, vi } from 'vitest';
import { currentScope, runInScope, type RequestScope } from '../db/requestScope.js';
import { DomainError } from '../errors.js';
import { KeptPerRevision } from './kept.js';

/** A promise the test settles when it chooses: computations wait on it, never on time. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const scope = (deadline: number, signal = new AbortController().signal): RequestScope => ({ deadline, signal });

describe('KeptPerRevision', () => {
  it('computes once per key and revision however many ask at once, and answers from memory afterwards', async () => {
    const kept = new KeptPerRevision<number>(4);
    const gate = deferred<number>();
    const compute = vi.fn(() => gate.promise);
    // Three asks before the computation ends, one after: 1 computation.
    const asks = [kept.get('k', 'r1', compute), kept.get('k', 'r1', compute), kept.get('k', 'r1', compute)];
    gate.resolve(42);
    expect(await Promise.all(asks)).toEqual([42, 42, 42]);
    expect(await kept.get('k', 'r1', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes again for a new revision and forgets the old one', async () => {
    const kept = new KeptPerRevision<string>(4);
    expect(await kept.get('k', 'r1', () => Promise.resolve('at r1'))).toBe('at r1');
    expect(await kept.get('k', 'r2', () => Promise.resolve('at r2'))).toBe('at r2');
    expect(kept.revisionOf('k')).toBe('r2');
    expect(kept.heldKeys).toBe(1);
    expect(kept.peek('k', 'r1')).toBeUndefined();
    // Back at r1 (a reader behind the write): r1 is not held any more, so it is computed again.
    const again = vi.fn(() => Promise.resolve('at r1 again'));
    expect(await kept.get('k', 'r1', again)).toBe('at r1 again');
    expect(again).toHaveBeenCalledTimes(1);
    expect(kept.revisionOf('k')).toBe('r1');
  });

  it('forgets a failed computation, so the next ask computes again', async () => {
    const kept = new KeptPerRevision<number>(4);
    const failing = vi.fn(() => Promise.reject(new Error('read failed')));
    await expect(kept.get('k', 'r1', failing)).rejects.toThrow('read failed');
    expect(kept.revisionOf('k')).toBeUndefined();
    expect(kept.heldKeys).toBe(0);
    const working = vi.fn(() => Promise.resolve(7));
    expect(await kept.get('k', 'r1', working)).toBe(7);
    expect([failing.mock.calls.length, working.mock.calls.length]).toEqual([1, 1]);
  });

  it('keeps what took the place of a computation that fails afterwards', async () => {
    const kept = new KeptPerRevision<string>(4);
    const slow = deferred<string>();
    const first = kept.get('k', 'r1', () => slow.promise);
    // A newer revision replaces it while it runs; then the old one fails: the newer one stays.
    expect(await kept.get('k', 'r2', () => Promise.resolve('newer'))).toBe('newer');
    slow.reject(new Error('late failure'));
    await expect(first).rejects.toThrow('late failure');
    expect(kept.revisionOf('k')).toBe('r2');
    expect(await kept.peek('k', 'r2')).toBe('newer');
  });

  it('holds a value given by set, which get then answers without computing', async () => {
    const kept = new KeptPerRevision<string>(4);
    expect(await kept.set('k', 'r1', 'parsed')).toBe('parsed');
    const compute = vi.fn(() => Promise.resolve('computed'));
    expect(await kept.get('k', 'r1', compute)).toBe('parsed');
    expect(compute).not.toHaveBeenCalled();
    // set replaces whatever was held for the key, at any revision; it also takes a computation under way.
    const pending = deferred<string>();
    const held = kept.set('k', 'r2', pending.promise);
    expect(kept.revisionOf('k')).toBe('r2');
    pending.resolve('later');
    expect(await held).toBe('later');
  });

  it('peeks at what is held for a key at a revision without computing', async () => {
    const kept = new KeptPerRevision<string>(4);
    expect(kept.peek('k', 'r1')).toBeUndefined();
    await kept.set('k', 'r1', 'v');
    expect(await kept.peek('k', 'r1')).toBe('v');
    expect(kept.peek('k', 'r2')).toBeUndefined();
    expect(kept.peek('other', 'r1')).toBeUndefined();
    expect(kept.revisionOf('other')).toBeUndefined();
  });

  it('tells the revision held or being computed for a key', () => {
    const kept = new KeptPerRevision<string>(4);
    void kept.get('k', 'r1', () => new Promise<string>(() => {}));
    // Not settled yet, but under way at r1.
    expect(kept.revisionOf('k')).toBe('r1');
  });

  it('holds at most `size` keys: the least recently asked goes first', async () => {
    const kept = new KeptPerRevision<string>(2);
    await kept.get('a', 'r', () => Promise.resolve('A'));
    await kept.get('b', 'r', () => Promise.resolve('B'));
    // a asked again: b is now the least recently asked, so c's arrival drops b, not a.
    await kept.get('a', 'r', () => Promise.resolve('not computed'));
    await kept.get('c', 'r', () => Promise.resolve('C'));
    expect(kept.heldKeys).toBe(2);
    expect([kept.revisionOf('a'), kept.revisionOf('b'), kept.revisionOf('c')]).toEqual(['r', undefined, 'r']);
    // b is computed again when asked; that drops a (asked before c).
    const b = vi.fn(() => Promise.resolve('B again'));
    expect(await kept.get('b', 'r', b)).toBe('B again');
    expect(b).toHaveBeenCalledTimes(1);
    expect([kept.revisionOf('a'), kept.revisionOf('c')]).toEqual([undefined, 'r']);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new KeptPerRevision(0)).toThrow('size must be a positive integer');
    expect(() => new KeptPerRevision(1.5)).toThrow('size must be a positive integer');
  });
});

describe('KeptPerRevision.shared', () => {
  it("runs the computation outside the caller's request scope and answers within it", async () => {
    const kept = new KeptPerRevision<string>(4);
    const seen: (RequestScope | undefined)[] = [];
    const request = scope(Date.now() + 60_000);
    const answer = runInScope(request, () => {
      seen.push(currentScope());
      return kept.shared(
        'k',
        'r1',
        async () => {
          seen.push(currentScope());
          return 'done';
        },
        'not ready',
        {},
      );
    });
    expect(await answer).toBe('done');
    // The caller is in its scope; the computation is in none.
    expect(seen).toEqual([request, undefined]);
  });

  it("rejects with QUERY_TIMEOUT past the caller's deadline while the computation goes on and is kept", async () => {
    const kept = new KeptPerRevision<string>(4);
    const gate = deferred<string>();
    const compute = vi.fn(() => gate.promise);
    // A deadline already reached: the caller's wait ends on the next timer turn; the computation waits on `gate`.
    const late = runInScope(scope(Date.now()), () =>
      kept.shared('k', 'r1', compute, 'the answers are being computed', { query: 'q', key: 'k' }),
    );
    const error = await late.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'QUERY_TIMEOUT',
      message: 'the answers are being computed',
      details: { query: 'q', key: 'k' },
    });
    // Still under way at r1; once it finishes the value is kept, and the next caller gets it without a second run.
    expect(kept.revisionOf('k')).toBe('r1');
    gate.resolve('finished');
    expect(await kept.peek('k', 'r1')).toBe('finished');
    const next = runInScope(scope(Date.now() + 60_000), () => kept.shared('k', 'r1', compute, 'not ready', {}));
    expect(await next).toBe('finished');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('rejects with QUERY_TIMEOUT when the client leaves, while the computation goes on', async () => {
    const kept = new KeptPerRevision<string>(4);
    const gate = deferred<string>();
    const client = new AbortController();
    const waiting = runInScope(scope(Date.now() + 60_000, client.signal), () =>
      kept.shared('k', 'r1', () => gate.promise, 'not ready', {}),
    );
    client.abort();
    await expect(waiting).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
      message: 'the request was cancelled by its client',
    });
    gate.resolve('finished');
    expect(await kept.peek('k', 'r1')).toBe('finished');
  });

  it('waits for the computation without limit outside any request', async () => {
    const kept = new KeptPerRevision<string>(4);
    const gate = deferred<string>();
    const waiting = kept.shared('k', 'r1', () => gate.promise, 'not ready', {});
    gate.resolve('done');
    expect(await waiting).toBe('done');
  });
});
