import { describe, expect, it } from 'vitest';
import { workedExample } from '../../../test/workedExample.js';
import { analyseIndustry } from '../analyses.js';
import { projectIndustry, type IndustryProjection } from '../projection.js';
import { applyChanges } from './applyChanges.js';
import type { ScenarioChange } from './changes.js';
import { diffScenario, suppliedInputs } from './scenarioDiff.js';

/** The worked example of docs/analysis.md (workedExample.ts: its companies, cities and links drawn there). */
const real = workedExample;

/** The diff as the service builds it, with the scenario's answers from the same pure analyses (no worker). */
function diff(changes: ScenarioChange[], base: IndustryProjection = real()) {
  const changed = applyChanges(base, changes);
  return diffScenario(
    { projection: base, answers: analyseIndustry('T', base), inputs: suppliedInputs(base) },
    { ...changed, inputsAfter: suppliedInputs(changed.projection) },
    analyseIndustry('T', changed.projection),
  );
}

/**
 * w1 leaves (the only member company of w); c1 stops supplying d2; b2 starts supplying c2; n1 comes into d in X
 * (supplied by c2) and n2 into e in Y (supplied by c2).
 */
const scenario: ScenarioChange[] = [
  { kind: 'REMOVE_COMPANY', companyId: 'w1' },
  { kind: 'REMOVE_LINK', supplierId: 'c1', customerId: 'd2' },
  { kind: 'ADD_LINK', supplierId: 'b2', customerId: 'c2' },
  { kind: 'ADD_COMPANY', companyId: 'n1', name: 'N1', segmentId: 'd', cityId: 'X' },
  { kind: 'ADD_LINK', supplierId: 'c2', customerId: 'n1' },
  { kind: 'ADD_COMPANY', companyId: 'n2', name: 'N2', segmentId: 'e', cityId: 'Y' },
  { kind: 'ADD_LINK', supplierId: 'c2', customerId: 'n2' },
];

describe('diffScenario', () => {
  it('lists every cell whose status or count moved, and the row over the member cities (cityId null)', () => {
    // Member counts before → after:
    //   a X1 Y1 Z0 → same; b X1 Y1 Z1 → same; c X2 → same.
    //   w X0 Y0 Z1 (row 1 WEAK) → 0 0 0 (row 0 MISSING): v1 is in V, so it does not keep w from MISSING.
    //     row WEAK → MISSING 1 → 0; X, Y LOCAL_GAP → MISSING (0 → 0); Z WEAK → MISSING (1 → 0).
    //   d X0 Y1 Z1 (row 2 COVERED) → X1 (n1) Y1 Z1 (row 3 COVERED): the row's status stays, its total moves
    //     2 → 3, so it is listed; X LOCAL_GAP → COVERED (0 → 1); Y, Z unchanged.
    //   e 0 0 0 (MISSING) → Y1 (n2): row MISSING → WEAK 0 → 1; X, Z MISSING → LOCAL_GAP; Y MISSING → WEAK 0 → 1.
    // 4 + 2 + 4 = 10 cells, in chain order, each row before its cells, cells in member-city order.
    const cell = (segmentId: string, cityId: string | null, before: string, after: string, b: number, a: number) => ({
      segmentId,
      cityId,
      before,
      after,
      countBefore: b,
      countAfter: a,
    });
    expect(diff(scenario).cells).toEqual([
      cell('w', null, 'WEAK', 'MISSING', 1, 0),
      cell('w', 'X', 'LOCAL_GAP', 'MISSING', 0, 0),
      cell('w', 'Y', 'LOCAL_GAP', 'MISSING', 0, 0),
      cell('w', 'Z', 'WEAK', 'MISSING', 1, 0),
      cell('d', null, 'COVERED', 'COVERED', 2, 3),
      cell('d', 'X', 'LOCAL_GAP', 'COVERED', 0, 1),
      cell('e', null, 'MISSING', 'WEAK', 0, 1),
      cell('e', 'X', 'MISSING', 'LOCAL_GAP', 0, 0),
      cell('e', 'Y', 'MISSING', 'WEAK', 0, 1),
      cell('e', 'Z', 'MISSING', 'LOCAL_GAP', 0, 0),
    ]);
  });

  it('lists the stranded and rescued companies with the input segments they lost or gained, and counts them', () => {
    // Input segments with a supplier, before → after (only companies of the real graph still in the scenario):
    //   c1: a (a1), b (b1), w (w1) → a, b: lost w (w1 left)          → stranded [w]
    //   c2: a (a1, a2)             → a, b (b2): gained b              → rescued [b]
    //   d1: c (c1, c2)             → c (c1, c2): no change
    //   d2: c (c1)                 → none: lost c (c1→d2 removed)     → stranded [c]
    // n1 and n2 gain c, but were not in the real graph: neither rescued. Stranded 2, rescued 1.
    const d = diff(scenario);
    expect(d.stranded).toEqual([
      { companyId: 'c1', segmentIds: ['w'] },
      { companyId: 'd2', segmentIds: ['c'] },
    ]);
    expect(d.strandedCount).toBe(2);
    expect(d.rescued).toEqual([{ companyId: 'c2', segmentIds: ['b'] }]);
    expect(d.rescuedCount).toBe(1);
  });

  it('lists the city pairs whose potential or linked pairs moved, in the real ranking', () => {
    // Before (docs/analysis.md): Y→X 4/1, Z→X 4/2, X→Z 2/1, X→Y 2/2, Y→Z 0/0, Z→Y 0/0 (potential/actual).
    // After (member counts: a X1 Y1; b X1 Y1 Z1; w none; c X2; d X1 Y1 Z1; e Y1):
    //   Y→X: a→c 1·2 + b→c 1·2 = 4; a2→c2 = 1: unchanged, not listed.
    //   Z→X: b→c 1·2 + w→c 0·2 = 2; b1→c1 = 1 (w1→c1 left with w1): 4→2, 2→1.
    //   X→Z: c→d 2·1 + c→e 2·0 = 2; c1→d2 removed: 0: potential 2→2, actual 1→0.
    //   X→Y: c→d 2·1 + c→e 2·1 (n2) = 4; c1→d1, c2→d1, c2→n2 = 3: 2→4, 2→3.
    //   Y→Z, Z→Y: still 0/0. b2→c2 and c2→n1 are inside X: no pair.
    expect(diff(scenario).cityPairs).toEqual([
      { from: 'Z', to: 'X', potentialBefore: 4, potentialAfter: 2, actualBefore: 2, actualAfter: 1 },
      { from: 'X', to: 'Z', potentialBefore: 2, potentialAfter: 2, actualBefore: 1, actualAfter: 0 },
      { from: 'X', to: 'Y', potentialBefore: 2, potentialAfter: 4, actualBefore: 2, actualAfter: 3 },
    ]);
  });

  it('counts the removed and added companies and the downstream companies reached before and after', () => {
    // Removed: w1 = 1. Added: 12 companies after (11 − 1 + n1, n2) − (11 − 1) real ones kept = 2.
    // Reached downstream before: d1, d2 = 2. After: d1 (via c1 or c2), n1 and n2 (via c2) = 3; d2 has no supplier.
    const d = diff(scenario);
    expect(d.removedCount).toBe(1);
    expect(d.addedCount).toBe(2);
    expect(d.connectedDownstreamBefore).toBe(2);
    expect(d.connectedDownstreamAfter).toBe(3);
  });

  it('moves nothing for a scenario without changes', () => {
    expect(diff([])).toEqual({
      cells: [],
      stranded: [],
      strandedCount: 0,
      rescued: [],
      rescuedCount: 0,
      cityPairs: [],
      removedCount: 0,
      addedCount: 0,
      connectedDownstreamBefore: 2,
      connectedDownstreamAfter: 2,
    });
  });

  it('shows no cell for a city outside the corridor, but counts its companies as removed', () => {
    // V is not a member city: removing v1 (its one company) changes no member cell and no pair; removed 1.
    const d = diff([{ kind: 'REMOVE_CITY', cityId: 'V' }]);
    expect(d.cells).toEqual([]);
    expect(d.cityPairs).toEqual([]);
    expect(d.removedCount).toBe(1);
    expect(d.addedCount).toBe(0);
  });

  it('strands a customer that loses the only supplier of one input segment even while it stays connected', () => {
    // a1 leaves: c2 keeps a2 in a (not stranded); c1 keeps b1 and w1 but loses its only a supplier → stranded [a].
    // Every downstream company is still reached (d1 via c1/c2, d2 via c1): 2 → 2.
    const d = diff([{ kind: 'REMOVE_COMPANY', companyId: 'a1' }]);
    expect(d.stranded).toEqual([{ companyId: 'c1', segmentIds: ['a'] }]);
    expect(d.connectedDownstreamAfter).toBe(2);
    // The row a moves 2 → 1 (a2 alone): COVERED → WEAK; X 1 → 0 COVERED → LOCAL_GAP; Y 1 COVERED → WEAK.
    expect(d.cells).toEqual([
      { segmentId: 'a', cityId: null, before: 'COVERED', after: 'WEAK', countBefore: 2, countAfter: 1 },
      { segmentId: 'a', cityId: 'X', before: 'COVERED', after: 'LOCAL_GAP', countBefore: 1, countAfter: 0 },
      { segmentId: 'a', cityId: 'Y', before: 'COVERED', after: 'WEAK', countBefore: 1, countAfter: 1 },
    ]);
  });

  it('lists at most 500 stranded companies but counts every one', () => {
    // s (UP) → t (DOWN): p supplies 501 companies of t, their only supplier. p leaves: all 501 are stranded [s];
    // LIMITS.scenario.companies.max = 500 are listed, the first 500 in the projection's order (t0 .. t499).
    const customers = Array.from({ length: 501 }, (_, i) => `t${i}`);
    const base = projectIndustry(
      [
        { id: 's', stage: 'UPSTREAM' },
        { id: 't', stage: 'DOWNSTREAM' },
      ],
      [{ from: 's', to: 't' }],
      { all: ['A'], members: ['A'] },
      [
        { id: 'p', segmentIds: ['s'], cityIds: ['A'], customerIds: customers, inDegree: 0 },
        ...customers.map((id) => ({ id, segmentIds: ['t'], cityIds: ['A'], customerIds: [], inDegree: 1 })),
      ],
    );
    const d = diff([{ kind: 'REMOVE_COMPANY', companyId: 'p' }], base);
    expect(d.strandedCount).toBe(501);
    expect(d.stranded).toHaveLength(500);
    expect(d.stranded[0]).toEqual({ companyId: 't0', segmentIds: ['s'] });
    expect(d.stranded[499]).toEqual({ companyId: 't499', segmentIds: ['s'] });
    // Reached downstream: 501 before, 0 after.
    expect([d.connectedDownstreamBefore, d.connectedDownstreamAfter]).toEqual([501, 0]);
  });
});

describe('suppliedInputs', () => {
  it('marks, for each customer, the input segments it has a supplier in, as company × segments + segment', () => {
    // 6 segments. c1 (6) is supplied in a (0), b (1), w (2): 36, 37, 38. c2 (7) in a: 42 (a1 and a2 both: once).
    // d1 (8) in c (3): 51. d2 (9) in c: 57.
    expect([...suppliedInputs(real())].sort((x, y) => x - y)).toEqual([36, 37, 38, 42, 51, 57]);
  });

  it('counts a link only along a FEEDS link between a segment of the supplier and one of the customer', () => {
    // Segments s 0, t 1, u 2 (3 in all); FEEDS s → t, t → u. p (s), m (s and t), q (t), r (u).
    //   p → q: s FEEDS t: q (2) × 3 + s (0) = 6.   p → r: s does not FEED u: nothing.
    //   m → r: t FEEDS u: r (3) × 3 + t (1) = 10; s does not FEED u.   m → q: s FEEDS t: 6 again (once).
    //   q → outside: not a link of the industry.
    const p = projectIndustry(
      [
        { id: 's', stage: 'UPSTREAM' },
        { id: 't', stage: 'MIDSTREAM' },
        { id: 'u', stage: 'DOWNSTREAM' },
      ],
      [
        { from: 's', to: 't' },
        { from: 't', to: 'u' },
      ],
      { all: ['A'], members: ['A'] },
      [
        { id: 'p', segmentIds: ['s'], cityIds: ['A'], customerIds: ['q', 'r'], inDegree: 0 },
        { id: 'm', segmentIds: ['s', 't'], cityIds: ['A'], customerIds: ['r', 'q'], inDegree: 0 },
        { id: 'q', segmentIds: ['t'], cityIds: ['A'], customerIds: ['outside'], inDegree: 2 },
        { id: 'r', segmentIds: ['u'], cityIds: ['A'], customerIds: [], inDegree: 2 },
      ],
    );
    expect([...suppliedInputs(p)].sort((x, y) => x - y)).toEqual([6, 10]);
  });
});
