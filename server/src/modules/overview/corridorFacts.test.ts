import { describe, expect, it } from 'vitest';
import { buildCorridorFacts, NO_CITY, NO_YEAR, yearOf } from './corridorFacts.js';

describe('corridor facts', () => {
  it('reads the year a partial date starts with', () => {
    expect([yearOf('2019'), yearOf('2019-05'), yearOf('2019-05-01'), yearOf(null), yearOf('unknown')]).toEqual([
      2019,
      2019,
      2019,
      NO_YEAR,
      NO_YEAR,
    ]);
  });

  it('counts a company once per chain, a link once per city pair and per chain, and once per segment pair', () => {
    const facts = buildCorridorFacts(
      [
        { id: 'city:a', role: 'MEMBER' },
        { id: 'city:b', role: 'OTHER' },
      ],
      [{ industryId: 'industry:i', segmentIds: ['segment:u', 'segment:d'] }],
      [
        // p works in both segments of the chain; q in d only; r has no city and no segment.
        {
          id: 'p',
          founded: '2001-02',
          cityId: 'city:a',
          segmentIds: ['segment:u', 'segment:d'],
          customerIds: ['q', 'r'],
          customerSince: ['2020', null],
        },
        { id: 'q', founded: null, cityId: 'city:b', segmentIds: ['segment:d'], customerIds: [], customerSince: [] },
        { id: 'r', founded: null, cityId: null, segmentIds: [], customerIds: ['gone'], customerSince: ['2021'] },
      ],
      [{ kind: 'Project', date: '2020-06', cityIds: ['city:a', 'city:b', 'city:nowhere'] }],
    );
    expect(facts.cities.map((c) => c.member)).toEqual([true, false]);
    expect(facts.companies).toEqual([
      [NO_CITY, NO_YEAR, 1],
      [0, 2001, 1],
      [1, NO_YEAR, 1],
    ]);
    expect(facts.chainCompanies).toEqual([
      [0, 0, 2001, 1],
      [1, 0, NO_YEAR, 1],
    ]);
    expect(facts.cells).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [1, 1, 1],
    ]);
    // p→q (a→b, 2020) and p→r (a→none, unknown year); r's link to a company not in the graph is dropped.
    expect(facts.links).toEqual([
      [0, NO_CITY, NO_YEAR, 1],
      [0, 1, 2020, 1],
    ]);
    expect(facts.chainLinks).toEqual([[0, 0, 1, 2020, 1]]);
    // p is in u and d, q in d: the link runs u→d and d→d along the chain.
    expect(facts.flows).toEqual([
      [0, 0, 0, 1, 1, 2020, 1],
      [0, 0, 1, 1, 1, 2020, 1],
    ]);
    expect(facts.institutions).toEqual([
      [2, 0, 2020, 1],
      [2, 1, 2020, 1],
    ]);
  });
});
