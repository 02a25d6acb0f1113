import { describe, expect, it } from 'vitest';
import { bestUnlinked, proposePairs, rankCityPairs, type CityPair, type UnlinkedPair } from './collaboration.js';
import { collaborationFacts, projectIndustry } from './projection.js';

/**
 * Hand-made facts: the chain u → d and u → e, member cities A, B, C (C has no company).
 *   n(u, A) = 2, n(u, B) = 1; n(d, B) = 3; n(e, A) = 1, n(e, B) = 2.
 *   Links: A → B 4, B → A 1; one from A to Q, a city that is not asked for.
 */
const facts = {
  feeds: [
    { from: 'u', to: 'd' },
    { from: 'u', to: 'e' },
  ],
  counts: [
    {
      segmentId: 'u',
      counts: [
        { cityId: 'A', n: 2 },
        { cityId: 'B', n: 1 },
      ],
    },
    { segmentId: 'd', counts: [{ cityId: 'B', n: 3 }] },
    {
      segmentId: 'e',
      counts: [
        { cityId: 'A', n: 1 },
        { cityId: 'B', n: 2 },
      ],
    },
  ],
  actual: [
    { from: 'A', to: 'B', n: 4 },
    { from: 'B', to: 'A', n: 1 },
    { from: 'A', to: 'Q', n: 7 },
  ],
};

const pair = (from: string, to: string): CityPair => ({ from, to, potential: 0, actual: 0, ratio: 0 });

describe('rankCityPairs', () => {
  it('counts the potential over every FEEDS link, takes the actual links as given and ranks by unlinked potential', () => {
    // A → B: u→d n(u,A)·n(d,B) = 2·3 = 6, u→e n(u,A)·n(e,B) = 2·2 = 4: potential 10; actual 4; ratio 0.4;
    //        unlinked 6.
    // B → A: u→d 1·n(d,A) = 1·0 = 0, u→e 1·n(e,A) = 1·1 = 1: potential 1; actual 1; ratio 1; unlinked 0.
    // Every pair with C: n(·, C) = 0, so potential 0, actual 0, ratio 0 (not 0/0); unlinked 0.
    // Ranked: A → B (6) first, then the five with 0 by from, then to: A→C, B→A, B→C, C→A, C→B.
    // The 7 links from A to Q are no pair: Q is not one of the cities asked for.
    expect(rankCityPairs(facts, ['A', 'B', 'C'])).toEqual([
      { from: 'A', to: 'B', potential: 10, actual: 4, ratio: 0.4 },
      { from: 'A', to: 'C', potential: 0, actual: 0, ratio: 0 },
      { from: 'B', to: 'A', potential: 1, actual: 1, ratio: 1 },
      { from: 'B', to: 'C', potential: 0, actual: 0, ratio: 0 },
      { from: 'C', to: 'A', potential: 0, actual: 0, ratio: 0 },
      { from: 'C', to: 'B', potential: 0, actual: 0, ratio: 0 },
    ]);
  });

  it('ranks the same whatever order the cities are given in', () => {
    const key = (p: CityPair) => `${p.from}>${p.to}`;
    // 3 cities → 3 · 2 = 6 ordered pairs, in the order of the test above.
    expect(rankCityPairs(facts, ['C', 'B', 'A']).map(key)).toEqual(['A>B', 'A>C', 'B>A', 'B>C', 'C>A', 'C>B']);
  });

  it('breaks a tie in unlinked potential by the from city, then the to city', () => {
    // One link s → t; n(s, A) = n(s, B) = 1, n(t, A) = n(t, B) = 1, no actual links.
    // A → B: 1·1 = 1; B → A: 1·1 = 1; both unlinked 1: A → B first because A < B.
    const tied = {
      feeds: [{ from: 's', to: 't' }],
      counts: [
        {
          segmentId: 's',
          counts: [
            { cityId: 'B', n: 1 },
            { cityId: 'A', n: 1 },
          ],
        },
        {
          segmentId: 't',
          counts: [
            { cityId: 'B', n: 1 },
            { cityId: 'A', n: 1 },
          ],
        },
      ],
      actual: [],
    };
    expect(rankCityPairs(tied, ['B', 'A'])).toEqual([
      { from: 'A', to: 'B', potential: 1, actual: 0, ratio: 0 },
      { from: 'B', to: 'A', potential: 1, actual: 0, ratio: 0 },
    ]);
  });

  it('has no pair for a single city and no potential without FEEDS links', () => {
    expect(rankCityPairs(facts, ['A'])).toEqual([]);
    // Without FEEDS links no company pair could trade: every potential is 0, and so is every ratio.
    expect(rankCityPairs({ ...facts, feeds: [], actual: [] }, ['A', 'B'])).toEqual([
      { from: 'A', to: 'B', potential: 0, actual: 0, ratio: 0 },
      { from: 'B', to: 'A', potential: 0, actual: 0, ratio: 0 },
    ]);
  });
});

describe('proposePairs', () => {
  /**
   * Top companies per (segment, city): in (u, A) the suppliers a1 and m (m is located in A and B), in (d, B) the
   * customers m and b1, in (e, B) the customer b3. The other lists hold names that must not be drawn on: (u, A)'s
   * customers and (d, B)'s suppliers.
   */
  const top = [
    { segmentId: 'u', cityId: 'A', suppliers: ['a1', 'm'], customers: ['not-a-supplier'] },
    { segmentId: 'd', cityId: 'B', suppliers: ['not-a-customer'], customers: ['m', 'b1'] },
    { segmentId: 'e', cityId: 'B', suppliers: [], customers: ['b3'] },
  ];

  it("pairs the from city's top suppliers with the to city's top customers along each FEEDS link, never a company with itself", () => {
    // u → d: {a1, m} × {m, b1} = a1→m, a1→b1, m→m (left out), m→b1: 3 pairs.
    // u → e: {a1, m} × {b3} = a1→b3, m→b3: 2 pairs. 5 in all, in FEEDS, supplier, customer order.
    const ud = { supplierSegmentId: 'u', customerSegmentId: 'd' };
    const ue = { supplierSegmentId: 'u', customerSegmentId: 'e' };
    expect(proposePairs(pair('A', 'B'), { feeds: facts.feeds, top })).toEqual([
      { supplierId: 'a1', customerId: 'm', ...ud },
      { supplierId: 'a1', customerId: 'b1', ...ud },
      { supplierId: 'm', customerId: 'b1', ...ud },
      { supplierId: 'a1', customerId: 'b3', ...ue },
      { supplierId: 'm', customerId: 'b3', ...ue },
    ]);
  });

  it('proposes nothing where either city has no top company on its side of a FEEDS link', () => {
    // B → A: no suppliers listed in (u, B), no customers in (d, A) or (e, A).
    expect(proposePairs(pair('B', 'A'), { feeds: facts.feeds, top })).toEqual([]);
  });

  it('draws on the top companies the projection ranks by their customers and their suppliers', () => {
    // Chain s → t, cities A and B. In (s, A): s1 with 1 customer, s2 with 2 customers, s3 with 0.
    // In (t, B): t1 with 1 supplier, t2 with 3 (two of them outside the industry: the row's inDegree counts them).
    // top = 1: the best supplier of (s, A) is s2 (2 > 1 > 0), the best customer of (t, B) is t2 (3 > 1).
    const p = projectIndustry(
      [
        { id: 's', stage: 'UPSTREAM' },
        { id: 't', stage: 'DOWNSTREAM' },
      ],
      [{ from: 's', to: 't' }],
      { all: ['A', 'B'], members: ['A', 'B'] },
      [
        { id: 's1', segmentIds: ['s'], cityIds: ['A'], customerIds: ['t1'], inDegree: 0 },
        { id: 's2', segmentIds: ['s'], cityIds: ['A'], customerIds: ['t2', 'outside'], inDegree: 0 },
        { id: 's3', segmentIds: ['s'], cityIds: ['A'], customerIds: [], inDegree: 0 },
        { id: 't1', segmentIds: ['t'], cityIds: ['B'], customerIds: [], inDegree: 1 },
        { id: 't2', segmentIds: ['t'], cityIds: ['B'], customerIds: [], inDegree: 3 },
      ],
    );
    expect(proposePairs(pair('A', 'B'), collaborationFacts(p, 1))).toEqual([
      { supplierId: 's2', customerId: 't2', supplierSegmentId: 's', customerSegmentId: 't' },
    ]);
  });
});

describe('bestUnlinked', () => {
  const proposal = (supplierId: string, customerId: string, segments = 'u>d'): UnlinkedPair => {
    const [supplierSegmentId, customerSegmentId] = segments.split('>') as [string, string];
    return { supplierId, customerId, supplierSegmentId, customerSegmentId };
  };

  it('leaves out the pairs already linked and lists each company pair once, the first FEEDS link it came by', () => {
    // a→x is linked: out. a→y comes twice (u>d, then w>d): kept once, as u>d. b→x: kept. 3 proposals left.
    const list = [proposal('a', 'x'), proposal('a', 'y'), proposal('a', 'y', 'w>d'), proposal('b', 'x')];
    expect(bestUnlinked(list, new Set(['a>x']), 5)).toEqual([proposal('a', 'y'), proposal('b', 'x')]);
  });

  it('stops at max, in the order proposed', () => {
    // 4 unlinked proposals, max 2: the first two.
    const list = [proposal('a', 'x'), proposal('a', 'y'), proposal('b', 'x'), proposal('b', 'y')];
    expect(bestUnlinked(list, new Set(), 2)).toEqual([proposal('a', 'x'), proposal('a', 'y')]);
  });

  it('returns nothing when every proposal is linked already', () => {
    expect(bestUnlinked([proposal('a', 'x'), proposal('b', 'x')], new Set(['a>x', 'b>x']), 5)).toEqual([]);
  });
});
