/**
 * Target lists (招商清单) on the hand-built chain of test/chainFixture.ts, plus d2 joining the alliance c2 and b2 of
 * city X belong to; content and order against numbers worked out by hand, then the same list as XLSX.
 *
 *   counts n(s, city) for industry:t:   a    b    w    c    d    e
 *                              X       1    1    0    2    0    0
 *                              Y       1    1    0    0    1    0
 *                              Z       0    1    1    0    1    0     corridor: 2 3 1 2 2 0
 *   distances: X–Y 95.3 km (1.62 points), X–Z 399.0 km (0.40), Y–Z 308.2 km (0.77)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';
import { createServices } from '../../context.js';
import { TargetsService } from './targets.service.js';
import { TargetsStore } from './targets.store.js';

const TOKEN = 'targets-test-admin-token';
const stage = stageApp(
  () => {
    const fixture = chainFixture();
    const extra = { kind: 'MEMBER_OF', from: 'company:t-d2', to: 'alliance:t-al' };
    return [...fixture, { line: fixture.length + 1, value: extra }];
  },
  { adminToken: TOKEN },
);

const LIST = `query($city: ID!, $industry: ID!, $first: Int) { targetList(cityId: $city, industryId: $industry, first: $first) {
  city { id } industry { id }
  segments { segment { id } status cityCompanies corridorCompanies candidateCount
    candidates { company { id } city { id } score customersInCity alliances parks distanceKm reasons { code points value } } } } }`;

const short = (id: string) => id.replace(/^(segment:t\.|company:t-|city:t)/, '');

describe('targetList', () => {
  it('lists the city’s local gaps and single sources upstream first, and the chain’s missing segment', async () => {
    const { data, errors } = await stage.app.gql(LIST, { city: 'city:ty', industry: 'industry:t' });
    expect(errors).toBeUndefined();
    const segments = data?.targetList.segments;
    expect(
      segments.map((s: any) => [short(s.segment.id), s.status, s.cityCompanies, s.corridorCompanies, s.candidateCount]),
    ).toEqual([
      ['a', 'SINGLE_SOURCE', 1, 2, 1],
      ['b', 'SINGLE_SOURCE', 1, 3, 2],
      ['w', 'LOCAL_GAP', 0, 1, 1],
      ['c', 'LOCAL_GAP', 0, 2, 2],
      ['d', 'SINGLE_SOURCE', 1, 2, 1],
      ['e', 'MISSING', 0, 0, 0],
    ]);
  });

  it('ranks candidates by the documented score, customers in the city counting', async () => {
    const { data } = await stage.app.gql(LIST, { city: 'city:ty', industry: 'industry:t' });
    const c = data?.targetList.segments.find((s: any) => s.segment.id === 'segment:t.c');
    // c1 (X): distance 1.62, supplies d1 d2 (0.79), d1 is in Y (+1) → 3.41; c2 (X): 1.62 + one customer (0.5) + d1 (+1).
    expect(
      c.candidates.map((x: any) => [short(x.company.id), short(x.city.id), x.score, x.customersInCity, x.distanceKm]),
    ).toEqual([
      ['c1', 'x', 3.41, 1, 95.3],
      ['c2', 'x', 3.12, 1, 95.3],
    ]);
    expect(c.candidates[0].reasons).toEqual([
      { code: 'DISTANCE', points: 1.62, value: 95 },
      { code: 'TRACK_RECORD', points: 0.79, value: 2 },
      { code: 'CUSTOMERS_IN_CITY', points: 1, value: 1 },
    ]);
    // w1 (Z) is the one company of w in the corridor: 0.77 for 308 km, one customer (c1, in X) 0.5.
    const w = data?.targetList.segments.find((s: any) => s.segment.id === 'segment:t.w');
    expect(w.candidates.map((x: any) => [short(x.company.id), x.score])).toEqual([['w1', 1.27]]);
  });

  it('names the ties to the city: an alliance shared with its companies outranks a nearer stranger', async () => {
    // For X, segment d: d1 (Y) is 95 km away (1.62); d2 (Z) is 399 km away (0.40) but shares alliance t-al with
    // c2 and b2 of X (+3).
    const { data } = await stage.app.gql(LIST, { city: 'city:tx', industry: 'industry:t' });
    const d = data?.targetList.segments.find((s: any) => s.segment.id === 'segment:t.d');
    expect(d.status).toBe('LOCAL_GAP');
    expect(d.candidates.map((x: any) => [short(x.company.id), x.score, x.alliances])).toEqual([
      ['d2', 3.4, ['测试联盟']],
      ['d1', 1.62, []],
    ]);
  });

  it('cuts each segment to `first` and refuses unknown ids and sizes out of range', async () => {
    const { data } = await stage.app.gql(LIST, { city: 'city:ty', industry: 'industry:t', first: 1 });
    const b = data?.targetList.segments.find((s: any) => s.segment.id === 'segment:t.b');
    expect([b.candidateCount, b.candidates.length]).toEqual([2, 1]);
    const city = await stage.app.gql(LIST, { city: 'city:none', industry: 'industry:t' });
    expect(city.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cityId' });
    const industry = await stage.app.gql(LIST, { city: 'city:ty', industry: 'industry:none' });
    expect(industry.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'industryId' });
    const big = await stage.app.gql(LIST, { city: 'city:ty', industry: 'industry:t', first: 1001 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('gives the same list as XLSX: a summary, one sheet per segment, Chinese headers', async () => {
    const res = await fetch(`${stage.app.base}/api/target-list.xlsx?city=city:ty&industry=industry:t`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('target-list-ty-t.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '测试环节A',
      '测试环节B',
      '测试环节W',
      '测试环节C',
      '测试环节D',
      '测试环节E',
    ]);
    const summary = book.getWorksheet('汇总');
    expect(summary?.getRow(1).getCell(1).value).toBe('乙城 · 测试产业 招商清单');
    expect((summary?.getRow(3).values as unknown[]).slice(1)).toEqual([
      '产业链环节',
      '状态',
      '本市企业数',
      '走廊企业数',
      '候选企业数',
      '首选候选',
    ]);
    expect((summary?.getRow(7).values as unknown[]).slice(1)).toEqual([
      '测试环节C',
      '本地缺口',
      0,
      2,
      2,
      '测试企业C1 (甲城)',
    ]);
    const c = book.getWorksheet('测试环节C');
    expect((c?.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      '排名',
      '企业名称',
      '统一社会信用代码',
      '所在城市',
      '得分',
    ]);
    expect((c?.getRow(2).values as unknown[]).slice(1, 6)).toEqual([1, '测试企业C1', '', '甲城', 3.41]);
    expect(c?.getRow(2).getCell(6).value).toBe('相距约 95 公里 +1.62；已有 2 家合作企业 +0.79；已供应本市 1 家企业 +1');
  });

  it('refuses a bad XLSX request with the argument named', async () => {
    const res = await fetch(`${stage.app.base}/api/target-list.xlsx?city=city:ty&industry=industry:t&first=0`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await fetch(`${stage.app.base}/api/target-list.xlsx?city=city:ty`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).errors[0].message).toContain('industry');
    const unknown = await fetch(`${stage.app.base}/api/target-list.xlsx?city=city:nowhere&industry=industry:t`);
    expect(unknown.status).toBe(404);
  });

  it('is read once per corridor revision: a write shows in the next list', async () => {
    const segmentW = async (city: string) => {
      const { data } = await stage.app.gql(LIST, { city, industry: 'industry:t' });
      const w = data?.targetList.segments.find((s: any) => s.segment.id === 'segment:t.w');
      return w && [w.status, w.candidates.map((c: any) => short(c.company.id)).sort()];
    };
    expect(await segmentW('city:tx')).toEqual(['LOCAL_GAP', ['w1']]);
    expect(await segmentW('city:tx')).toEqual(['LOCAL_GAP', ['w1']]);
    const created = await stage.app.gql(
      `mutation { createCompany(input: { id: "company:t-w2", nameZh: "测试企业W2", cityId: "city:ty", segmentIds: ["segment:t.w"] }) { ok } }`,
      {},
      TOKEN,
    );
    expect(created.data?.createCompany.ok).toBe(true);
    // A new candidate for X; and Y has one company of w now: a single source, no longer a gap.
    expect(await segmentW('city:tx')).toEqual(['LOCAL_GAP', ['w1', 'w2']]);
    expect((await segmentW('city:ty'))?.[0]).toBe('SINGLE_SOURCE');
  });

  it('counts customers in the city the same from either side', async () => {
    const store = new TargetsStore(stage.graph.executor);
    const segments = ['segment:t.a', 'segment:t.b', 'segment:t.c', 'segment:t.d', 'segment:t.w'];
    const ids = [...new Set((await store.segmentCandidates(segments)).flatMap((r) => r.ids))];
    expect(ids.length).toBeGreaterThan(5);
    for (const city of ['city:tx', 'city:ty', 'city:tz']) {
      const perCandidate = await store.customersInCity(ids, city);
      const fromCity = await store.citySuppliers(city);
      expect(ids.map((id) => fromCity.get(id) ?? 0)).toEqual(ids.map((id) => perCandidate.get(id)));
    }
    // c1 supplies d1 (Y) and d2 (Z): one customer in each.
    expect((await store.citySuppliers('city:ty')).get('company:t-c1')).toBe(1);
  });

  it('gives the same lists whichever side counts the customers in the city', async () => {
    const services = createServices(stage.graph.executor);
    const store = new TargetsStore(stage.graph.executor);
    const facts = () => services.overview.current();
    const perCandidate = new TargetsService(store, facts, () => false);
    const fromCity = new TargetsService(store, facts, () => true);
    for (const city of ['city:tx', 'city:ty', 'city:tz']) {
      const list = await perCandidate.targetList(city, 'industry:t', 50);
      expect(list.segments.flatMap((s) => s.candidates).some((c) => c.customersInCity > 0)).toBe(true);
      expect(await fromCity.targetList(city, 'industry:t', 50)).toEqual(list);
    }
  });
});
