import { describe, expect, it } from 'vitest';
import { MemoryJobStore } from './jobStore.js';

interface TestJob {
  id: string;
  state: string;
  progress?: { done: number };
}

describe('MemoryJobStore', () => {
  it('keeps, changes, lists and forgets jobs by id', async () => {
    const store = new MemoryJobStore<TestJob>();
    await store.put({ id: 'a', state: 'uploaded' });
    await store.put({ id: 'b', state: 'uploaded' });
    expect(await store.update('a', { state: 'importing', progress: { done: 3 } })).toEqual({
      id: 'a',
      state: 'importing',
      progress: { done: 3 },
    });
    expect(await store.get('a')).toEqual({ id: 'a', state: 'importing', progress: { done: 3 } });
    expect((await store.list()).map((j) => j.id).sort()).toEqual(['a', 'b']);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.list()).toEqual([{ id: 'b', state: 'uploaded' }]);
  });

  it('answers undefined for a job it does not have, and does not make one on update', async () => {
    const store = new MemoryJobStore<TestJob>();
    expect(await store.get('x')).toBeUndefined();
    expect(await store.update('x', { state: 'done' })).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('gives snapshots: changing what it gave, or what it was given, changes nothing kept', async () => {
    const store = new MemoryJobStore<TestJob>();
    const job = { id: 'a', state: 'uploaded' };
    await store.put(job);
    job.state = 'done';
    const got = await store.get('a');
    if (got) got.state = 'failed';
    (await store.list())[0]!.state = 'failed';
    expect(await store.get('a')).toEqual({ id: 'a', state: 'uploaded' });
  });

  it('keeps the id of a job whatever a change says', async () => {
    const store = new MemoryJobStore<TestJob>();
    await store.put({ id: 'a', state: 'uploaded' });
    await store.update('a', { id: 'b', state: 'done' } as never);
    expect(await store.get('a')).toEqual({ id: 'a', state: 'done' });
    expect(await store.get('b')).toBeUndefined();
  });
});
