import { describe, expect, it } from 'vitest';
import { workedExample } from '../../test/workedExample.js';
import { DomainError } from '../errors.js';
import { analyseIndustry, coverageOf, namedIds } from './analyses.js';
import { projectIndustry } from './projection.js';

/** The worked example of docs/analysis.md (workedExample.ts: its companies, cities and links drawn there). */
const example = workedExample;

const answers = () => analyseIndustry('T', example());
const withEntities = () => ({ ...answers(), entities: {} });

describe('analyseIndustry', () => {
  it('counts the companies of each segment per city over every city, the non-member ones included', () => {
    // In chain order, each city in the order its first company comes: a: a1 X, a2 Y; b: b1 Z, b2 X, b3 Y;
    // w: w1 Z, v1 V; c: c1, c2 both X (2); d: d1 Y, d2 Z; e: none.
    const { coverage } = answers();
    expect(coverage.cities).toEqual({ all: ['X', 'Y', 'Z', 'V'], members: ['X', 'Y', 'Z'] });
    expect(coverage.rows).toEqual([
      {
        segmentId: 'a',
        counts: [
          { cityId: 'X', n: 1 },
          { cityId: 'Y', n: 1 },
        ],
      },
      {
        segmentId: 'b',
        counts: [
          { cityId: 'Z', n: 1 },
          { cityId: 'X', n: 1 },
          { cityId: 'Y', n: 1 },
        ],
      },
      {
        segmentId: 'w',
        counts: [
          { cityId: 'Z', n: 1 },
          { cityId: 'V', n: 1 },
        ],
      },
      { segmentId: 'c', counts: [{ cityId: 'X', n: 2 }] },
      {
        segmentId: 'd',
        counts: [
          { cityId: 'Y', n: 1 },
          { cityId: 'Z', n: 1 },
        ],
      },
      { segmentId: 'e', counts: [] },
    ]);
  });

  it('counts the companies of the industry in all and per city', () => {
    // 11 companies. X: a1, b2, c1, c2 = 4; Y: a2, b3, d1 = 3; Z: b1, w1, d2 = 3; V: v1 = 1 (4 + 3 + 3 + 1 = 11).
    expect(answers().companies).toEqual({ total: 11, byCity: { X: 4, Y: 3, Z: 3, V: 1 } });
  });

  it('ranks every ordered pair of member cities by unlinked potential, as the worked example says', () => {
    // Member counts: a X1 Y1; b X1 Y1 Z1; w Z1 (v1 is in V, not a member); c X2; d Y1 Z1; e none.
    // Potential (Σ over FEEDS of n(u, A)·n(d, B)) and actual (links along FEEDS between the two cities):
    //   Y → X: a→c 1·2 + b→c 1·2 = 4; a2→c2: 1; ratio 1/4 = 0.25; unlinked 3
    //   Z → X: b→c 1·2 + w→c 1·2 = 4; b1→c1, w1→c1: 2; ratio 0.5; unlinked 2
    //   X → Z: c→d 2·1 = 2; c1→d2: 1; ratio 0.5; unlinked 1
    //   X → Y: c→d 2·1 = 2; c1→d1, c2→d1: 2; ratio 1; unlinked 0
    //   Y → Z, Z → Y: no c in Y or Z, no a/b/w feeds d: 0; ratio 0; unlinked 0
    // a1→c1, a1→c2 are both in X: no pair. Ties at 0 by from, then to: X→Y, Y→Z, Z→Y.
    const pairs = answers().collaboration.map(({ bestUnlinked: _, ...p }) => p);
    expect(pairs).toEqual([
      { from: 'Y', to: 'X', potential: 4, actual: 1, ratio: 0.25 },
      { from: 'Z', to: 'X', potential: 4, actual: 2, ratio: 0.5 },
      { from: 'X', to: 'Z', potential: 2, actual: 1, ratio: 0.5 },
      { from: 'X', to: 'Y', potential: 2, actual: 2, ratio: 1 },
      { from: 'Y', to: 'Z', potential: 0, actual: 0, ratio: 0 },
      { from: 'Z', to: 'Y', potential: 0, actual: 0, ratio: 0 },
    ]);
  });

  it('proposes for each pair the best unlinked company pairs, leaving out those already linked', () => {
    // Top suppliers (most customers) and customers (most suppliers) per (segment, member city), at most 3:
    //   (a,X) a1; (a,Y) a2; (b,Z) b1; (b,X) b2; (b,Y) b3; (w,Z) w1; (c,X) suppliers c1 (2) > c2 (1),
    //   customers c1 (3) > c2 (2); (d,Y) d1; (d,Z) d2.
    // Y → X: a→c a2×{c1,c2}, b→c b3×{c1,c2}; a2→c2 is linked: a2→c1, b3→c1, b3→c2.
    // Z → X: b→c b1×{c1,c2}, w→c w1×{c1,c2}; b1→c1 and w1→c1 linked: b1→c2, w1→c2.
    // X → Z: c→d {c1,c2}×d2; c1→d2 linked: c2→d2. (a→c from X: no c in Z.)
    // X → Y: c→d {c1,c2}×d1, both linked: none. Y → Z, Z → Y: nothing to propose.
    const proposed = answers().collaboration.map((p) => [
      `${p.from}>${p.to}`,
      p.bestUnlinked.map((u) => `${u.supplierId}(${u.supplierSegmentId})>${u.customerId}(${u.customerSegmentId})`),
    ]);
    expect(proposed).toEqual([
      ['Y>X', ['a2(a)>c1(c)', 'b3(b)>c1(c)', 'b3(b)>c2(c)']],
      ['Z>X', ['b1(b)>c2(c)', 'w1(w)>c2(c)']],
      ['X>Z', ['c2(c)>d2(d)']],
      ['X>Y', []],
      ['Y>Z', []],
      ['Z>Y', []],
    ]);
  });

  it('has no collaboration pairs in a chain without FEEDS links', () => {
    const p = example();
    expect(analyseIndustry('T', { ...p, feeds: [] }).collaboration).toEqual([]);
  });

  it('names w single-source and e missing over the member cities, and c1 as the one company that cuts the chain', () => {
    // Member totals: a 2, b 3, w 1 (w1; v1 is in V), c 2, d 2, e 0: w single-source, e missing.
    // Root → a1, a2, b1, b2, b3, w1, v1. d2's one supplier is c1, and c1 has three (a1, b1, w1): idom(c1) = root,
    // idom(d2) = c1. d1 has c1 and c2 (c2 from a1, a2): idom(d1) = root. So c1 strands 1 (d2); nobody else cuts.
    // connectedDownstream: d1 and d2 are reached: 2.
    expect(answers().resilience).toEqual({
      industryId: 'T',
      singleSourceSegmentIds: ['w'],
      missingSegmentIds: ['e'],
      cutCompanies: [{ companyId: 'c1', stranded: 1 }],
      connectedDownstream: 2,
    });
  });

  it('lists the cutting companies most stranded first, ties by id, and counts only the downstream companies reached', () => {
    // s (UP) → m (MID) → t (DOWN), one city. u1 → m1 → t1, t2; u2 → m2 → t3; t4 has no supplier.
    // t1, t2: idom m1, idom(m1) = u1 → m1 and u1 strand 2 each. t3: m2 and u2 strand 1 each.
    // Ties by id: m1 before u1, m2 before u2. Reached downstream: t1, t2, t3 = 3 (t4 is not).
    // Every segment has at least 2 companies (s: u1 u2, m: m1 m2, t: t1..t4): none single-source, none missing.
    const p = projectIndustry(
      [
        { id: 's', stage: 'UPSTREAM' },
        { id: 'm', stage: 'MIDSTREAM' },
        { id: 't', stage: 'DOWNSTREAM' },
      ],
      [
        { from: 's', to: 'm' },
        { from: 'm', to: 't' },
      ],
      { all: ['A'], members: ['A'] },
      [
        { id: 'u1', segmentIds: ['s'], cityIds: ['A'], customerIds: ['m1'], inDegree: 0 },
        { id: 'u2', segmentIds: ['s'], cityIds: ['A'], customerIds: ['m2'], inDegree: 0 },
        { id: 'm1', segmentIds: ['m'], cityIds: ['A'], customerIds: ['t1', 't2'], inDegree: 1 },
        { id: 'm2', segmentIds: ['m'], cityIds: ['A'], customerIds: ['t3'], inDegree: 1 },
        { id: 't1', segmentIds: ['t'], cityIds: ['A'], customerIds: [], inDegree: 1 },
        { id: 't2', segmentIds: ['t'], cityIds: ['A'], customerIds: [], inDegree: 1 },
        { id: 't3', segmentIds: ['t'], cityIds: ['A'], customerIds: [], inDegree: 1 },
        { id: 't4', segmentIds: ['t'], cityIds: ['A'], customerIds: [], inDegree: 0 },
      ],
    );
    expect(analyseIndustry('S', p).resilience).toEqual({
      industryId: 'S',
      singleSourceSegmentIds: [],
      missingSegmentIds: [],
      cutCompanies: [
        { companyId: 'm1', stranded: 2 },
        { companyId: 'u1', stranded: 2 },
        { companyId: 'm2', stranded: 1 },
        { companyId: 'u2', stranded: 1 },
      ],
      connectedDownstream: 3,
    });
  });

  it('names every entity its answers mention', () => {
    // The industry T; cities X, Y, Z, V; segments a b w c d e; the companies of the proposals (a2 c1 b3 c2 b1 w1
    // d2) and of the cut (c1). Not named: a1, b2, d1, v1 (in no proposal and cutting nothing).
    expect(namedIds(answers()).sort()).toEqual(
      ['T', 'X', 'Y', 'Z', 'V', 'a', 'b', 'w', 'c', 'd', 'e', 'a2', 'c1', 'b3', 'c2', 'b1', 'w1', 'd2'].sort(),
    );
  });
});

describe('coverageOf', () => {
  it('classifies each segment over the member cities when none are chosen: the worked example', () => {
    // a: X1 Y1 Z0 → total 2 COVERED; Z LOCAL_GAP.  b: 1 1 1 → 3 COVERED.  w: 0 0 1 → 1 WEAK, X Y LOCAL_GAP.
    // c: 2 0 0 → 2 COVERED.  d: 0 1 1 → 2 COVERED.  e: 0 0 0 → MISSING everywhere. v1 (V) is not counted.
    const result = coverageOf('T', withEntities(), null);
    expect(result.industryId).toBe('T');
    expect(result.cityIds).toEqual(['X', 'Y', 'Z']);
    expect(
      result.rows.map((r) => [r.segmentId, r.total, r.status, r.cells.map((c) => `${c.count}:${c.status}`)]),
    ).toEqual([
      ['a', 2, 'COVERED', ['1:COVERED', '1:COVERED', '0:LOCAL_GAP']],
      ['b', 3, 'COVERED', ['1:COVERED', '1:COVERED', '1:COVERED']],
      ['w', 1, 'WEAK', ['0:LOCAL_GAP', '0:LOCAL_GAP', '1:WEAK']],
      ['c', 2, 'COVERED', ['2:COVERED', '0:LOCAL_GAP', '0:LOCAL_GAP']],
      ['d', 2, 'COVERED', ['0:LOCAL_GAP', '1:COVERED', '1:COVERED']],
      ['e', 0, 'MISSING', ['0:MISSING', '0:MISSING', '0:MISSING']],
    ]);
  });

  it('classifies over the chosen cities only, a city outside the corridor included', () => {
    // Over X alone: a 1 (a1) WEAK; b 1 (b2) WEAK; w 0 MISSING; c 2 COVERED; d 0 MISSING; e 0 MISSING.
    const overX = coverageOf('T', withEntities(), ['X']);
    expect(overX.cityIds).toEqual(['X']);
    expect(overX.rows.map((r) => [r.segmentId, r.total, r.status])).toEqual([
      ['a', 1, 'WEAK'],
      ['b', 1, 'WEAK'],
      ['w', 0, 'MISSING'],
      ['c', 2, 'COVERED'],
      ['d', 0, 'MISSING'],
      ['e', 0, 'MISSING'],
    ]);
    // Over V and Z: w has w1 in Z and v1 in V: 2, COVERED in both cells; b 1 (b1, Z) WEAK with V a LOCAL_GAP.
    const overVZ = coverageOf('T', withEntities(), ['V', 'Z']);
    const w = overVZ.rows.find((r) => r.segmentId === 'w');
    expect(w).toEqual({
      segmentId: 'w',
      total: 2,
      status: 'COVERED',
      cells: [
        { cityId: 'V', count: 1, status: 'COVERED' },
        { cityId: 'Z', count: 1, status: 'COVERED' },
      ],
    });
    expect(overVZ.rows.find((r) => r.segmentId === 'b')?.cells.map((c) => c.status)).toEqual(['LOCAL_GAP', 'WEAK']);
  });

  it('passes the entities along', () => {
    const entities = { T: { id: 'T' } } as never;
    expect(coverageOf('T', { ...answers(), entities }, null).entities).toBe(entities);
  });

  it('answers NOT_FOUND naming a chosen city the corridor does not have', () => {
    let error: unknown;
    try {
      coverageOf('T', withEntities(), ['X', 'Q']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'cityIds: no city "Q"', details: { field: 'cityIds' } });
  });
});
