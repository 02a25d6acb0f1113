import type { RawRecord } from '../src/import/parse.js';

/**
 * A hand-built chain whose gap answers are worked out by hand in the tests (see gaps.int.test.ts):
 *
 *   segments (industry:t)   t.a(UP,1) ─┐
 *                           t.b(UP,2) ─┼─▶ t.c(MID,4) ─▶ t.d(DOWN,5)
 *                           t.w(UP,3) ─┘            └─▶ t.e(DOWN,6)   (no company: MISSING)
 *   cities X (31.0,121.0), Y (31.0,120.0), Z (30.0,117.0), all members
 *   companies a1 X, a2 Y | b1 Z, b2 X, b3 Y | w1 Z | c1 X, c2 X | d1 Y, d2 Z
 *   SUPPLIES a1→c1, b1→c1, w1→c1, a2→c2, a1→c2, c1→d1, c2→d1, c1→d2
 *   c2 and b2 share alliance:t-al and park:t-px
 */
export function chainFixture(): RawRecord[] {
  const seg = (slug: string, stage: string, position: number) => ({
    kind: 'Segment',
    id: `segment:t.${slug}`,
    nameZh: `测试环节${slug.toUpperCase()}`,
    stage,
    position,
  });
  const city = (slug: string, nameZh: string, lat: number, lng: number) => ({
    kind: 'City',
    id: `city:t${slug}`,
    nameZh,
    province: '测试省',
    lat,
    lng,
    role: 'MEMBER',
  });
  const company = (slug: string, segment: string, citySlug: string) => [
    { kind: 'Company', id: `company:t-${slug}`, nameZh: `测试企业${slug.toUpperCase()}` },
    { kind: 'OPERATES_IN', from: `company:t-${slug}`, to: `segment:t.${segment}` },
    { kind: 'LOCATED_IN', from: `company:t-${slug}`, to: `city:t${citySlug}` },
  ];
  const supplies = (a: string, b: string) => ({ kind: 'SUPPLIES', from: `company:t-${a}`, to: `company:t-${b}` });
  const records: Record<string, unknown>[] = [
    { kind: 'Industry', id: 'industry:t', nameZh: '测试产业' },
    city('x', '甲城', 31.0, 121.0),
    city('y', '乙城', 31.0, 120.0),
    city('z', '丙城', 30.0, 117.0),
    seg('a', 'UPSTREAM', 1),
    seg('b', 'UPSTREAM', 2),
    seg('w', 'UPSTREAM', 3),
    seg('c', 'MIDSTREAM', 4),
    seg('d', 'DOWNSTREAM', 5),
    seg('e', 'DOWNSTREAM', 6),
    ...['a', 'b', 'w', 'c', 'd', 'e'].map((s) => ({ kind: 'PART_OF', from: `segment:t.${s}`, to: 'industry:t' })),
    ...[
      ['a', 'c'],
      ['b', 'c'],
      ['w', 'c'],
      ['c', 'd'],
      ['c', 'e'],
    ].map(([u, d]) => ({ kind: 'FEEDS', from: `segment:t.${u}`, to: `segment:t.${d}` })),
    ...company('a1', 'a', 'x'),
    ...company('a2', 'a', 'y'),
    ...company('b1', 'b', 'z'),
    ...company('b2', 'b', 'x'),
    ...company('b3', 'b', 'y'),
    ...company('w1', 'w', 'z'),
    ...company('c1', 'c', 'x'),
    ...company('c2', 'c', 'x'),
    ...company('d1', 'd', 'y'),
    ...company('d2', 'd', 'z'),
    supplies('a1', 'c1'),
    supplies('b1', 'c1'),
    supplies('w1', 'c1'),
    supplies('a2', 'c2'),
    supplies('a1', 'c2'),
    supplies('c1', 'd1'),
    supplies('c2', 'd1'),
    supplies('c1', 'd2'),
    { kind: 'Alliance', id: 'alliance:t-al', nameZh: '测试联盟' },
    { kind: 'MEMBER_OF', from: 'company:t-c2', to: 'alliance:t-al', role: 'CHAIR' },
    { kind: 'MEMBER_OF', from: 'company:t-b2', to: 'alliance:t-al' },
    { kind: 'Park', id: 'park:t-px', nameZh: '测试园区', level: 'OTHER' },
    { kind: 'LOCATED_IN', from: 'park:t-px', to: 'city:tx' },
    { kind: 'IN_PARK', from: 'company:t-c2', to: 'park:t-px' },
    { kind: 'IN_PARK', from: 'company:t-b2', to: 'park:t-px' },
  ];
  return records.map((value, i) => ({ line: i + 1, value }));
}
