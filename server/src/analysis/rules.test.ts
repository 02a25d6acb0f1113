import { describe, expect, it } from 'vitest';
import { classifyRow } from './coverage.js';
import { findCutCompanies } from './dominators.js';
import { haversineKm, scoreCandidate } from './score.js';

const cities = ['city:a', 'city:b', 'city:c'];

describe('classifyRow', () => {
  it('marks every cell MISSING when no selected city has a company', () => {
    const row = classifyRow(new Map(), cities);
    expect(row.status).toBe('MISSING');
    expect(row.cells.map((c) => c.status)).toEqual(['MISSING', 'MISSING', 'MISSING']);
  });

  it('marks the single source WEAK and the other cities LOCAL_GAP', () => {
    const row = classifyRow(new Map([['city:b', 1]]), cities);
    expect(row).toMatchObject({ total: 1, status: 'WEAK' });
    expect(row.cells.map((c) => c.status)).toEqual(['LOCAL_GAP', 'WEAK', 'LOCAL_GAP']);
  });

  it('marks cities with companies COVERED and the rest LOCAL_GAP once there are two or more', () => {
    const row = classifyRow(
      new Map([
        ['city:a', 2],
        ['city:z', 5],
      ]),
      cities,
    );
    expect(row).toMatchObject({ total: 2, status: 'COVERED' });
    expect(row.cells.map((c) => [c.count, c.status])).toEqual([
      [2, 'COVERED'],
      [0, 'LOCAL_GAP'],
      [0, 'LOCAL_GAP'],
    ]);
  });
});

describe('scoreCandidate', () => {
  it('adds the documented points and gives a reason for each', () => {
    const { score, reasons } = scoreCandidate({
      sharedAlliances: ['新材料联盟'],
      sharedParks: [],
      sameCity: true,
      distanceKm: 0,
      trackRecord: 3,
    });
    expect(reasons.map((r) => [r.code, r.points])).toEqual([
      ['SHARED_ALLIANCE', 3],
      ['SAME_CITY', 2],
      ['DISTANCE', 2],
      ['TRACK_RECORD', 1],
    ]);
    expect(score).toBe(8);
  });

  it('gives no distance points beyond 500 km and caps the track record', () => {
    const { reasons } = scoreCandidate({
      sharedAlliances: [],
      sharedParks: [],
      sameCity: false,
      distanceKm: 600,
      trackRecord: 100,
    });
    expect(reasons).toEqual([
      { code: 'TRACK_RECORD', label: '已有 100 家合作企业', points: 1.5, subjects: [], value: 100 },
    ]);
  });
});

describe('haversineKm', () => {
  it('measures Hefei to Songjiang at about 380 km', () => {
    expect(haversineKm({ lat: 31.82, lng: 117.23 }, { lat: 31.03, lng: 121.23 })).toBeCloseTo(388, -1);
  });
});

describe('findCutCompanies', () => {
  // u1 → m1 → d1, u1 → m2 → d2, u2 → m2: m1 cuts d1; m2 has two upstream feeds but is the only way to d2.
  const graph = {
    sources: ['u1', 'u2'],
    sinks: ['d1', 'd2', 'd3'],
    edges: [
      ['u1', 'm1'],
      ['m1', 'd1'],
      ['u1', 'm2'],
      ['u2', 'm2'],
      ['m2', 'd2'],
    ] as [string, string][],
  };

  it('finds the companies every path to a downstream company goes through', () => {
    const { stranded, connectedSinks } = findCutCompanies(graph);
    expect(connectedSinks).toBe(2);
    expect(Object.fromEntries(stranded)).toEqual({ u1: 1, m1: 1, m2: 1 });
  });

  it('does not count a company with a parallel alternative', () => {
    const { stranded } = findCutCompanies({ ...graph, edges: [...graph.edges, ['u2', 'x'], ['x', 'd1']] });
    expect(stranded.has('m1')).toBe(false);
    expect(stranded.has('u1')).toBe(false);
    expect(stranded.get('m2')).toBe(1);
  });
});
