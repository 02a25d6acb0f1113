/**
 * Company pages on the hand-built chain of test/chainFixture.ts: a company's suppliers and customers as cursor
 * connections, a city's and a segment's companies, and the filtered list by every way a page can start.
 */
import { describe, expect, it } from 'vitest';
import { startTestApp, stageApp } from '../../../test/app.js';
import { Executor } from '../../db/executor.js';
import { chainFixture } from '../../../test/chainFixture.js';

const stage = stageApp(() => [
  ...chainFixture(),
  { line: 900, value: { kind: 'SUPPLIES', from: 'company:t-b1', to: 'company:t-c2', product: '电芯', since: '2021' } },
]);

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id.replace('company:t-', ''));

describe('Company.suppliers and Company.customers', () => {
  const page = `query($id: ID!, $first: Int, $after: String) { company(id: $id) {
    suppliers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor product since node { id city { id } } } }
    customers { totalCount edges { node { id } } } } }`;

  it('pages through the suppliers by id with the link and the partner city, and counts them all', async () => {
    const first = await stage.app.gql(page, { id: 'company:t-c2', first: 2 });
    expect(first.errors).toBeUndefined();
    const s = first.data?.company.suppliers;
    expect(s.totalCount).toBe(3);
    expect(ids(s.edges)).toEqual(['a1', 'a2']);
    expect(s.edges[0].node.city).toEqual({ id: 'city:tx' });
    expect(s.pageInfo.hasNextPage).toBe(true);
    const next = await stage.app.gql(page, { id: 'company:t-c2', first: 2, after: s.pageInfo.endCursor });
    const rest = next.data?.company.suppliers;
    expect(ids(rest.edges)).toEqual(['b1']);
    expect(rest.edges[0]).toMatchObject({ product: '电芯', since: '2021' });
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[0].cursor });
    expect(ids(next.data?.company.customers.edges)).toEqual(['d1']);
  });

  it('reads a company, its card and its first suppliers with their cities in one transaction', async () => {
    let sessions = 0;
    const driver = stage.graph.executor.driver;
    const counting = new Proxy(driver, {
      get(target, key, receiver) {
        if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
        return (...args: Parameters<typeof target.session>) => {
          sessions++;
          return target.session(...args);
        };
      },
    });
    const app = await startTestApp({ ...stage.graph, executor: new Executor(counting, { timeoutMs: 30_000 }) });
    try {
      sessions = 0;
      const { data, errors } = await app.gql(`{ company(id: "company:t-c2") { nameZh city { id } supplierCount
        suppliers(first: 2) { totalCount edges { product node { id city { id } } } } } }`);
      expect(errors).toBeUndefined();
      expect(ids(data?.company.suppliers.edges)).toEqual(['a1', 'a2']);
      expect(data?.company.suppliers.edges[1].node.city).toEqual({ id: 'city:ty' });
      expect(data?.company.suppliers.totalCount).toBe(3);
      expect(sessions).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('refuses a page size past the limit and a cursor it did not give, naming the argument', async () => {
    const big = await stage.app.gql(page, { id: 'company:t-c2', first: 501 });
    expect(big.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/first.*500/),
    });
    const bad = await stage.app.gql(page, { id: 'company:t-c2', after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/after/),
    });
  });
});

describe('company(id)', () => {
  it('answers a card — city, segments, alliances with the role, counts — from one read', async () => {
    const { data, errors } = await stage.app.gql(`{ company(id: "company:t-c2") { id city { id nameZh }
      segments { id } memberships { role alliance { id } } parks { id } supplierCount customerCount } }`);
    expect(errors).toBeUndefined();
    expect(data?.company).toEqual({
      id: 'company:t-c2',
      city: { id: 'city:tx', nameZh: '甲城' },
      segments: [{ id: 'segment:t.c' }],
      memberships: [{ role: 'CHAIR', alliance: { id: 'alliance:t-al' } }],
      parks: [{ id: 'park:t-px' }],
      supplierCount: 3,
      customerCount: 1,
    });
    expect((await stage.app.gql('{ company(id: "city:tx") { id } }')).data?.company).toBeNull();
    expect((await stage.app.gql('{ company(id: "company:t-none") { id } }')).data?.company).toBeNull();
  });
});

describe('City.companies and Segment.companies', () => {
  it("lists a city's companies by id and counts them", async () => {
    const { data } = await stage.app.gql(
      '{ city(id: "city:tx") { companies(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }',
    );
    expect(data?.city.companies.totalCount).toBe(4);
    expect(ids(data?.city.companies.edges)).toEqual(['a1', 'b2', 'c1']);
    expect(data?.city.companies.pageInfo.hasNextPage).toBe(true);
  });

  it("lists a segment's companies, in the given cities when asked", async () => {
    const { data } = await stage.app.gql(`{ industry(id: "industry:t") { segments { id
      all: companies { totalCount edges { node { id } } }
      inX: companies(cityIds: ["city:tx"]) { totalCount edges { node { id } } } } } }`);
    const b = data?.industry.segments.find((s: { id: string }) => s.id === 'segment:t.b');
    expect(ids(b.all.edges)).toEqual(['b1', 'b2', 'b3']);
    expect(b.all.totalCount).toBe(3);
    expect(ids(b.inX.edges)).toEqual(['b2']);
    expect(b.inX.totalCount).toBe(1);
  });
});

describe('companies(filter)', () => {
  const list = `query($f: CompanyFilter, $first: Int) { companies(filter: $f, first: $first) {
    totalCount pageInfo { hasNextPage } edges { node { id } } } }`;

  it('gives the same companies and counts whether the page fills from the id index or starts from the industry', async () => {
    const f = { industryId: 'industry:t', cityIds: ['city:tx'] };
    // A page of 2 is filled by the first window of the id index; a page of 50 is not, and starts from the industry.
    const small = await stage.app.gql(list, { f, first: 2 });
    const large = await stage.app.gql(list, { f, first: 50 });
    expect(ids(small.data?.companies.edges)).toEqual(['a1', 'b2']);
    expect(ids(large.data?.companies.edges)).toEqual(['a1', 'b2', 'c1', 'c2']);
    expect(small.data?.companies.totalCount).toBe(4);
    expect(large.data?.companies.totalCount).toBe(4);
    const all = await stage.app.gql(list, { f: { industryId: 'industry:t' }, first: 50 });
    expect(all.data?.companies.totalCount).toBe(10);
    const two = await stage.app.gql(list, { f: { industryId: 'industry:t', cityIds: ['city:tx', 'city:ty'] } });
    expect(two.data?.companies.totalCount).toBe(7);
  });

  it('counts nothing for an industry that does not exist, and starts from a park or an alliance', async () => {
    const none = await stage.app.gql(list, { f: { industryId: 'industry:none' } });
    expect(none.data?.companies).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] });
    const park = await stage.app.gql(list, { f: { parkId: 'park:t-px' } });
    expect(ids(park.data?.companies.edges)).toEqual(['b2', 'c2']);
    const alliance = await stage.app.gql(list, { f: { allianceId: 'alliance:t-al', cityIds: ['city:tx'] } });
    expect(alliance.data?.companies.totalCount).toBe(2);
  });
});
