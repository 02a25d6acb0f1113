import { describe, expect, it, vi } from 'vitest';
import { RevisionReads } from './revisionReads.js';
import type { CandidateNamesRow, CityTiesRow, SegmentCandidatesRow } from './targets.cypher.js';
import type { TargetsStore } from './targets.store.js';

const ties = (lat: number): CityTiesRow => ({ lat, lng: 120, alliances: [], parks: [], members: [] });

/** One row per segment, its companies in parallel lists, as SEGMENT_CANDIDATES returns them. */
const SEGMENTS: Record<string, SegmentCandidatesRow> = {
  s1: { segmentId: 's1', ids: ['c1', 'c2'], cityIds: ['A', 'B'], tieIds: [['park:p'], []], customers: [3, 0] },
  s2: { segmentId: 's2', ids: ['c3'], cityIds: ['A'], tieIds: [[]], customers: [1] },
  s3: { segmentId: 's3', ids: ['c4'], cityIds: ['B'], tieIds: [['alliance:x']], customers: [2] },
};

const name = (id: string): CandidateNamesRow => ({ id, nameZh: `名${id}`, nameEn: null, uscc: null });

/** A TargetsStore without a database: each read is a spy answering from the tables above. */
function fakeStore() {
  const calls = {
    cityTies: vi.fn(async (cityId: string) => (cityId === 'nowhere' ? null : ties(cityId === 'A' ? 31 : 30))),
    citySuppliers: vi.fn(async (cityId: string) => new Map([[`supplier-of-${cityId}`, 2]])),
    segmentCandidates: vi.fn(async (ids: string[]) => ids.flatMap((id) => (SEGMENTS[id] ? [SEGMENTS[id]] : []))),
    // 'ghost' is no company: no row.
    names: vi.fn(async (ids: string[]) => ids.filter((id) => id !== 'ghost').map(name)),
  };
  return { calls, reads: new RevisionReads(calls as unknown as TargetsStore) };
}

describe('RevisionReads', () => {
  it("reads a city's ties once per revision, however many ask at once, and again at a new revision", async () => {
    const { calls, reads } = fakeStore();
    const [a, b] = await Promise.all([reads.cityTies('r1', 'A'), reads.cityTies('r1', 'A')]);
    expect(a).toEqual(ties(31));
    expect(b).toBe(a);
    await reads.cityTies('r1', 'A');
    expect(calls.cityTies).toHaveBeenCalledTimes(1);
    // Another city is its own read; a new revision reads again: 1 + 1 + 1 = 3.
    await reads.cityTies('r1', 'B');
    await reads.cityTies('r2', 'A');
    expect(calls.cityTies.mock.calls).toEqual([['A'], ['B'], ['A']]);
  });

  it('holds a missing city as null at its revision', async () => {
    const { calls, reads } = fakeStore();
    expect(await reads.cityTies('r1', 'nowhere')).toBeNull();
    expect(await reads.cityTies('r1', 'nowhere')).toBeNull();
    expect(calls.cityTies).toHaveBeenCalledTimes(1);
  });

  it("reads a city's suppliers once per revision and tells whether they are held", async () => {
    const { calls, reads } = fakeStore();
    expect(reads.hasCitySuppliers('r1', 'A')).toBe(false);
    expect(await reads.citySuppliers('r1', 'A')).toEqual(new Map([['supplier-of-A', 2]]));
    await reads.citySuppliers('r1', 'A');
    expect(calls.citySuppliers).toHaveBeenCalledTimes(1);
    expect(reads.hasCitySuppliers('r1', 'A')).toBe(true);
    expect(reads.hasCitySuppliers('r2', 'A')).toBe(false);
    await reads.citySuppliers('r2', 'A');
    expect(calls.citySuppliers).toHaveBeenCalledTimes(2);
  });

  it("reads the segments not held in one call, and turns each segment's row into its candidates", async () => {
    const { calls, reads } = fakeStore();
    const first = await reads.segmentCandidates('r1', ['s1', 's2']);
    expect(calls.segmentCandidates.mock.calls).toEqual([[['s1', 's2']]]);
    expect(first).toEqual(
      new Map([
        [
          's1',
          [
            { id: 'c1', cityId: 'A', tieIds: ['park:p'], customers: 3 },
            { id: 'c2', cityId: 'B', tieIds: [], customers: 0 },
          ],
        ],
        ['s2', [{ id: 'c3', cityId: 'A', tieIds: [], customers: 1 }]],
      ]),
    );
    // s1 is held at r1; s3 and s9 are not: one call for those two. s9 has no company in a member city: [].
    const second = await reads.segmentCandidates('r1', ['s1', 's3', 's9']);
    expect(calls.segmentCandidates.mock.calls).toEqual([[['s1', 's2']], [['s3', 's9']]]);
    expect(second.get('s1')).toBe(first.get('s1'));
    expect(second.get('s3')).toEqual([{ id: 'c4', cityId: 'B', tieIds: ['alliance:x'], customers: 2 }]);
    expect(second.get('s9')).toEqual([]);
    // Everything held: no call. A new revision: every segment asked is read again, in one call.
    await reads.segmentCandidates('r1', ['s2', 's3']);
    await reads.segmentCandidates('r2', ['s1', 's2']);
    expect(calls.segmentCandidates).toHaveBeenCalledTimes(3);
    expect(calls.segmentCandidates).toHaveBeenLastCalledWith(['s1', 's2']);
  });

  it('reads a segment once when two lists ask for it at the same time', async () => {
    const { calls, reads } = fakeStore();
    const [a, b] = await Promise.all([
      reads.segmentCandidates('r1', ['s1', 's2']),
      reads.segmentCandidates('r1', ['s2', 's1']),
    ]);
    expect(calls.segmentCandidates).toHaveBeenCalledTimes(1);
    expect(b.get('s1')).toBe(a.get('s1'));
  });

  it('lists a company once when its row names it twice', async () => {
    const { calls, reads } = fakeStore();
    calls.segmentCandidates.mockResolvedValueOnce([
      { segmentId: 's1', ids: ['c1', 'c1'], cityIds: ['A', 'A'], tieIds: [[], []], customers: [3, 3] },
    ]);
    expect((await reads.segmentCandidates('r1', ['s1'])).get('s1')).toEqual([
      { id: 'c1', cityId: 'A', tieIds: [], customers: 3 },
    ]);
  });

  it('forgets a failed segment read, so the next list reads it again', async () => {
    const { calls, reads } = fakeStore();
    calls.segmentCandidates.mockRejectedValueOnce(new Error('database busy'));
    await expect(reads.segmentCandidates('r1', ['s2'])).rejects.toThrow('database busy');
    expect((await reads.segmentCandidates('r1', ['s2'])).get('s2')).toEqual([
      { id: 'c3', cityId: 'A', tieIds: [], customers: 1 },
    ]);
    expect(calls.segmentCandidates).toHaveBeenCalledTimes(2);
  });

  it('reads names only for the companies not asked before at that revision', async () => {
    const { calls, reads } = fakeStore();
    expect(await reads.candidateNames('r1', ['c1', 'c2'])).toEqual(
      new Map([
        ['c1', name('c1')],
        ['c2', name('c2')],
      ]),
    );
    // c2 asked before; c3 and ghost not: one read of those two. ghost has no row: not in the answer.
    expect(await reads.candidateNames('r1', ['c2', 'c3', 'ghost'])).toEqual(
      new Map([
        ['c2', name('c2')],
        ['c3', name('c3')],
      ]),
    );
    // ghost was asked at r1 already (held as no row): not read again. At r2 everything is read again.
    await reads.candidateNames('r1', ['ghost', 'c1']);
    await reads.candidateNames('r2', ['c1']);
    expect(calls.names.mock.calls).toEqual([[['c1', 'c2']], [['c3', 'ghost']], [['c1']]]);
  });

  // More ids in one call than are held at once (HELD_NAMES, 20,000): a list shows up to 1,000 candidates a
  // segment (LIMITS.targetList.first.max), so 21 thin segments ask for 21,000 names. Each is answered from the one
  // read, not looked up again after holding it evicted the first.
  it('names every company of a list longer than the names held at once (20,000)', async () => {
    const { calls, reads } = fakeStore();
    // 20,001 ids, all companies: 20,001 names in one read.
    const ids = Array.from({ length: 20_001 }, (_, i) => `c${i}`);
    const names = await reads.candidateNames('r1', ids);
    expect(calls.names).toHaveBeenCalledTimes(1);
    expect(names.size).toBe(20_001);
  });

  it('reads no names when none are asked', async () => {
    const { calls, reads } = fakeStore();
    expect(await reads.candidateNames('r1', [])).toEqual(new Map());
    expect(calls.names).not.toHaveBeenCalled();
  });
});
