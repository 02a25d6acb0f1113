import { describe, expect, it } from 'vitest';
import type { SupplyDirection } from '../../db/direction.js';
import { projectIndustry } from '../projection.js';
import { applyChanges } from './applyChanges.js';
import type { ScenarioChange } from './changes.js';
import { adjustFacts, type CandidateRowFacts } from './companyFacts.js';

/**
 * s1 (UP) → s2 (MID) → s3 (DOWN); member cities A and B (C is not a member, so it has no place).
 *   p (s1, A) → r;  q (s1, B) → r;  u (s1, A) supplies nobody;  r (s2, A) → t;  t (s3, B).
 */
const real = () =>
  projectIndustry(
    [
      { id: 's1', stage: 'UPSTREAM' },
      { id: 's2', stage: 'MIDSTREAM' },
      { id: 's3', stage: 'DOWNSTREAM' },
    ],
    [
      { from: 's1', to: 's2' },
      { from: 's2', to: 's3' },
    ],
    { all: ['A', 'B', 'C'], members: ['A', 'B'] },
    [
      { id: 'p', segmentIds: ['s1'], cityIds: ['A'], customerIds: ['r'], inDegree: 0 },
      { id: 'q', segmentIds: ['s1'], cityIds: ['B'], customerIds: ['r'], inDegree: 0 },
      { id: 'u', segmentIds: ['s1'], cityIds: ['A'], customerIds: [], inDegree: 0 },
      { id: 'r', segmentIds: ['s2'], cityIds: ['A'], customerIds: ['t'], inDegree: 2 },
      { id: 't', segmentIds: ['s3'], cityIds: ['B'], customerIds: [], inDegree: 1 },
    ],
  );

/** The member cities' places, as the engine passes them. */
const places = new Map([
  ['A', { lat: 31, lng: 121 }],
  ['B', { lat: 30, lng: 120 }],
]);

const adjusted = (companyId: string, direction: SupplyDirection, changes: ScenarioChange[]) =>
  adjustFacts(companyId, direction, applyChanges(real(), changes), changes, places);

const add = (companyId: string, segmentId: string, cityId: string): ScenarioChange => ({
  kind: 'ADD_COMPANY',
  companyId,
  name: companyId.toUpperCase(),
  segmentId,
  cityId,
});
const link = (supplierId: string, customerId: string): ScenarioChange => ({ kind: 'ADD_LINK', supplierId, customerId });

/** A real candidate row as modules/gaps reads it (its own track record, alliances and parks). */
const row = (id: string, segmentId: string, cityId: string, trackRecord = 1): CandidateRowFacts => ({
  segmentId,
  id,
  cityId,
  lat: 0,
  lng: 0,
  sharedAlliances: ['alliance'],
  sharedParks: [],
  trackRecord,
});

describe('adjustFacts: partners', () => {
  it("reads a company's suppliers in each segment from the changed graph: a removed one is gone, an added link counts", () => {
    // r's suppliers really: p, q (both s1). The scenario removes p and brings n into s1, supplying r:
    // r's suppliers in s1 become n, q (sorted). Other fields of the row stay; a segment of another industry
    // ('other') is answered as on the real graph.
    const changes = [{ kind: 'REMOVE_COMPANY', companyId: 'p' } as const, add('n', 's1', 'B'), link('n', 'r')];
    const rows = [
      { ownSegmentId: 's2', segmentId: 's1', partnerIds: ['p', 'q'], note: 'kept' },
      { ownSegmentId: 's2', segmentId: 'other', partnerIds: ['z'], note: 'kept' },
    ];
    expect(adjusted('r', 'UPSTREAM', changes).partners(rows)).toEqual([
      { ownSegmentId: 's2', segmentId: 's1', partnerIds: ['n', 'q'], note: 'kept' },
      { ownSegmentId: 's2', segmentId: 'other', partnerIds: ['z'], note: 'kept' },
    ]);
  });

  it("reads a company's customers for DOWNSTREAM: a removed link is gone, a link to an added company counts", () => {
    // r's customers really: t (s3). The scenario stops r → t and brings n into s3, supplied by r: n alone.
    const changes: ScenarioChange[] = [
      { kind: 'REMOVE_LINK', supplierId: 'r', customerId: 't' },
      add('n', 's3', 'A'),
      link('r', 'n'),
    ];
    expect(
      adjusted('r', 'DOWNSTREAM', changes).partners([{ ownSegmentId: 's2', segmentId: 's3', partnerIds: ['t'] }]),
    ).toEqual([{ ownSegmentId: 's2', segmentId: 's3', partnerIds: ['n'] }]);
  });

  it('gives an added company the partners the scenario links it with', () => {
    // n comes into s2 in B, supplied by q and u: its suppliers in s1 are q, u.
    const changes = [add('n', 's2', 'B'), link('u', 'n'), link('q', 'n')];
    expect(
      adjusted('n', 'UPSTREAM', changes).partners([{ ownSegmentId: 's2', segmentId: 's1', partnerIds: [] }]),
    ).toEqual([{ ownSegmentId: 's2', segmentId: 's1', partnerIds: ['q', 'u'] }]);
  });

  it('leaves the rows of a company outside this industry as they are', () => {
    const rows = [{ ownSegmentId: 'x', segmentId: 's1', partnerIds: ['p'] }];
    expect(adjusted('elsewhere', 'UPSTREAM', [{ kind: 'REMOVE_COMPANY', companyId: 'p' }]).partners(rows)).toEqual(
      rows,
    );
  });
});

describe('adjustFacts: candidates', () => {
  it('drops the candidates the scenario removes and adds a company it brings into a gap segment, at its city, with its links as track record', () => {
    // Candidates for r in s1, as read: p, q, u; and z, of another industry's segment (kept as it is).
    // The scenario removes p, brings n into s1 in B supplying r and t (UPSTREAM: its track record is the
    // customers it has, 2, whether or not along a FEEDS link), n2 into s1 in C (not a member city: no place, so
    // not a candidate) and n3 into s3 (not a segment asked about).
    const changes: ScenarioChange[] = [
      { kind: 'REMOVE_COMPANY', companyId: 'p' },
      add('n', 's1', 'B'),
      link('n', 'r'),
      link('n', 't'),
      add('n2', 's1', 'C'),
      add('n3', 's3', 'A'),
    ];
    const rows = [row('p', 's1', 'A'), row('q', 's1', 'B'), row('u', 's1', 'A'), row('z', 'other', 'A')];
    expect(adjusted('r', 'UPSTREAM', changes).candidates(rows, ['s1'])).toEqual([
      row('q', 's1', 'B'),
      row('u', 's1', 'A'),
      row('z', 'other', 'A'),
      {
        segmentId: 's1',
        id: 'n',
        cityId: 'B',
        lat: 30,
        lng: 120,
        sharedAlliances: [],
        sharedParks: [],
        trackRecord: 2,
      },
    ]);
  });

  it("counts an added customer's suppliers as its track record for DOWNSTREAM gaps", () => {
    // q's customer candidates in s2: r as read; the scenario brings m into s2 in A, supplied by q and u, and
    // supplying t. DOWNSTREAM the track record is its suppliers: q, u = 2 (its customer t does not count).
    const changes = [add('m', 's2', 'A'), link('q', 'm'), link('u', 'm'), link('m', 't')];
    expect(adjusted('q', 'DOWNSTREAM', changes).candidates([row('r', 's2', 'A', 1)], ['s2'])).toEqual([
      row('r', 's2', 'A', 1),
      {
        segmentId: 's2',
        id: 'm',
        cityId: 'A',
        lat: 31,
        lng: 121,
        sharedAlliances: [],
        sharedParks: [],
        trackRecord: 2,
      },
    ]);
  });

  it('does not offer an added company as its own candidate', () => {
    // n and n5 both come into s1; asked for n, only n5 (no links: track record 0) is a candidate.
    const changes = [add('n', 's1', 'B'), add('n5', 's1', 'A')];
    expect(
      adjusted('n', 'DOWNSTREAM', changes)
        .candidates([], ['s1'])
        .map((c) => [c.id, c.trackRecord]),
    ).toEqual([['n5', 0]]);
  });

  // Changes apply in order (docs/scenarios.md): a company the scenario brought in can leave again, alone or with
  // every company of its city; one brought in after REMOVE_CITY stays.
  it('drops an added company that a later change of the scenario removes', () => {
    // n comes into s1 in B, then is removed again; n6 comes into s1 in B, then every company of B is removed.
    // Neither is a candidate: none left.
    const changes: ScenarioChange[] = [
      add('n', 's1', 'B'),
      { kind: 'REMOVE_COMPANY', companyId: 'n' },
      add('n6', 's1', 'B'),
      { kind: 'REMOVE_CITY', cityId: 'B' },
    ];
    expect(adjusted('r', 'UPSTREAM', changes).candidates([], ['s1'])).toEqual([]);
  });
});
