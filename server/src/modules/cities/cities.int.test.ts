/**
 * cityProfile on the hand-built chain of test/chainFixture.ts, plus a second industry and a company in two
 * segments, against counts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';
import { importRecords } from '../../import/importer.js';
import { ImportStore } from '../../import/import.store.js';

const extra = [
  { kind: 'Industry', id: 'industry:t2', nameZh: '第二产业' },
  { kind: 'Segment', id: 'segment:t2.q', nameZh: '第二环节', stage: 'UPSTREAM', position: 1 },
  { kind: 'PART_OF', from: 'segment:t2.q', to: 'industry:t2' },
  { kind: 'Company', id: 'company:t-q1', nameZh: '测试企业Q1' },
  { kind: 'OPERATES_IN', from: 'company:t-q1', to: 'segment:t2.q' },
  { kind: 'LOCATED_IN', from: 'company:t-q1', to: 'city:tx' },
  // c1 also works in d: one more company in d for X, still one company of T.
  { kind: 'OPERATES_IN', from: 'company:t-c1', to: 'segment:t.d' },
];

const stage = stageApp(() => {
  const fixture = chainFixture();
  return [...fixture, ...extra.map((value, i) => ({ line: fixture.length + i + 1, value }))];
});

const PROFILE = `query($id: ID!) { cityProfile(cityId: $id) {
  city { id } companies industries { industry { id } companies segments { segment { id } companies } } } }`;

const short = (id: string) => id.replace(/^(industry:|segment:t2?\.)/, '');

describe('cityProfile', () => {
  it('counts a city’s companies by industry, most first, and by every segment of each chain in order', async () => {
    const { data, errors } = await stage.app.gql(PROFILE, { id: 'city:tx' });
    expect(errors).toBeUndefined();
    const profile = data?.cityProfile;
    expect(profile.city.id).toBe('city:tx');
    expect(profile.companies).toBe(5);
    expect(
      profile.industries.map((i: any) => [
        short(i.industry.id),
        i.companies,
        i.segments.map((s: any) => `${short(s.segment.id)}:${s.companies}`).join(' '),
      ]),
    ).toEqual([
      ['t', 4, 'a:1 b:1 w:0 c:2 d:1 e:0'],
      ['t2', 1, 'q:1'],
    ]);
  });

  it('gives a city without companies an empty profile', async () => {
    const city = {
      kind: 'City',
      id: 'city:tempty',
      nameZh: '空城',
      province: '测试省',
      lat: 30,
      lng: 118,
      role: 'OTHER',
    };
    expect((await importRecords(new ImportStore(stage.graph.executor), [{ line: 1, value: city }])).errors).toEqual([]);
    const { data } = await stage.app.gql(PROFILE, { id: 'city:tempty' });
    expect(data?.cityProfile).toEqual({ city: { id: 'city:tempty' }, companies: 0, industries: [] });
  });

  it('says NOT_FOUND, naming cityId, for an unknown city and for an id of another kind', async () => {
    for (const id of ['city:nowhere', 'company:t-c1']) {
      const { errors } = await stage.app.gql(PROFILE, { id });
      expect(errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'cityId' });
    }
  });
});
