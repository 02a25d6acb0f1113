import { describe, expect, it } from 'vitest';
import {
  cityElements,
  companyElements,
  flowElements,
  MAX_FLOWS,
  segmentElements,
  zoomLevel,
  type Naming,
  type OverviewData,
} from './overviewElements';

const naming: Naming = {
  city: (id) => id.slice(5).toUpperCase(),
  segment: (id) => id.slice(8),
  segmentIndustry: (id) => (id.startsWith('segment:b') ? 1 : 0),
  industry: (id) => (id === 'industry:a' ? 0 : id === 'industry:b' ? 1 : 9),
  industryName: (id) => id,
};
const places = [
  { id: 'city:x', lat: 31, lng: 121, role: 'MEMBER' },
  { id: 'city:y', lat: 30, lng: 118, role: 'MEMBER' },
  { id: 'city:o', lat: 29, lng: 115, role: 'OTHER' },
];
const ref = (id: string) => ({ id });
const data: OverviewData = {
  since: null,
  years: [2020],
  cities: [
    {
      city: ref('city:x'),
      companies: 100,
      industries: [
        { industry: ref('industry:a'), companies: 60 },
        { industry: ref('industry:b'), companies: 40 },
      ],
    },
    { city: ref('city:y'), companies: 25, industries: [{ industry: ref('industry:z'), companies: 25 }] },
  ],
  links: [
    { from: ref('city:x'), to: ref('city:y'), links: 400 },
    { from: ref('city:y'), to: ref('city:x'), links: 100 },
  ],
  segments: [ref('segment:a1'), ref('segment:a2')],
  cells: [
    { city: ref('city:x'), segment: ref('segment:a1'), companies: 30 },
    { city: ref('city:x'), segment: ref('segment:b1'), companies: 40 },
    { city: ref('city:x'), segment: ref('segment:a2'), companies: 10 },
    { city: ref('city:y'), segment: ref('segment:a2'), companies: 25 },
  ],
  flows: [
    {
      fromCity: ref('city:x'),
      fromSegment: ref('segment:a1'),
      toCity: ref('city:y'),
      toSegment: ref('segment:a2'),
      links: 7,
    },
    {
      fromCity: ref('city:x'),
      fromSegment: ref('segment:a1'),
      toCity: ref('city:x'),
      toSegment: ref('segment:a2'),
      links: 3,
    },
  ],
};

describe('overview elements', () => {
  it('places cities by their coordinates, sizes them by companies, and slices their pies by industry', () => {
    const els = cityElements(data, places, naming);
    const [x, y] = els.filter((e) => e.group === 'nodes');
    expect(x?.position?.x).toBeGreaterThan(y?.position?.x as number);
    expect(x?.position?.y).toBeLessThan(y?.position?.y as number);
    expect(x?.data.size).toBeGreaterThan(y?.data.size as number);
    expect([x?.data.p1, x?.data.p2]).toEqual([60, 40]);
    // An industry past the coloured eight falls into the grey slice.
    expect(y?.data.p9).toBe(100);
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.links])).toEqual([
      ['city|city:x', 'city|city:y', 400],
      ['city|city:y', 'city|city:x', 100],
    ]);
    expect(edges[0]?.data.width).toBeGreaterThan(edges[1]?.data.width as number);
  });

  it('spirals a city’s segments around it, grouped by industry, largest first within one', () => {
    const els = segmentElements(data, 'city:x', { x: 0, y: 0 }, naming);
    expect(els.map((e) => e.data.segmentId)).toEqual(['segment:a1', 'segment:a2', 'segment:b1']);
    const radius = (e: (typeof els)[number]) => Math.hypot(e.position?.x ?? 0, e.position?.y ?? 0);
    expect(radius(els[0] as (typeof els)[number])).toBeLessThan(radius(els[2] as (typeof els)[number]));
  });

  it('lays a chain out as a flow: columns in chain order, member cities as rows, links largest first', () => {
    const els = flowElements(data, places, naming);
    const cells = els.filter((e) => e.classes?.toString().includes('cell'));
    const at = (id: string) => cells.find((c) => c.data.id === id)?.position;
    // Only the chain's segments: b1 belongs to another industry.
    expect(cells.map((c) => c.data.id).sort()).toEqual([
      'seg|city:x|segment:a1',
      'seg|city:x|segment:a2',
      'seg|city:y|segment:a2',
    ]);
    expect(at('seg|city:x|segment:a1')?.x).toBeLessThan(at('seg|city:x|segment:a2')?.x as number);
    // Rows west to east among members: Y (118°E) above X (121°E).
    expect(at('seg|city:y|segment:a2')?.y).toBeLessThan(at('seg|city:x|segment:a2')?.y as number);
    const flows = els.filter((e) => e.group === 'edges');
    expect(flows.map((f) => [f.data.links, f.classes])).toEqual([
      [7, 'flow'],
      [3, 'flow local'],
    ]);
    expect(MAX_FLOWS).toBeGreaterThan(100);
  });

  it('names only the most linked companies around a segment', () => {
    const companies = Array.from({ length: 12 }, (_, i) => ({ id: `company:${i}`, label: `C${i}`, degree: 12 - i }));
    const els = companyElements('city:x', 'segment:a1', { x: 0, y: 0 }, 5, companies);
    expect(els.map((e) => e.data.label).filter(Boolean)).toHaveLength(10);
    expect(els[11]?.data.name).toBe('C11');
  });

  it('moves from cities to segments to companies as the zoom grows; the flow has no segment level', () => {
    expect([1, 2.2, 8, 9].map((z) => zoomLevel(z, false))).toEqual([0, 1, 1, 2]);
    expect([1, 2.9, 3].map((z) => zoomLevel(z, true))).toEqual([0, 0, 2]);
  });
});
