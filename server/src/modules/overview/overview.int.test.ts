/**
 * The corridor overview, a segment's companies and the indicators on the hand-built graph of
 * test/overviewFixture.ts, against numbers worked out by hand (listed beside each assertion); then that the kept
 * aggregates follow a write.
 */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { overviewFixture } from '../../../test/overviewFixture.js';

const stage = stageApp(overviewFixture);
const short = (id: string) => id.replace(/^(city:t|segment:t\.|company:t-|industry:)/, '');

const OVERVIEW = `query($industryId: ID, $since: Int) { corridorOverview(industryId: $industryId, since: $since) {
  industry { id } since years
  cities { city { id lat lng } companies industries { industry { id } companies } }
  links { from { id } to { id } links }
  segments { id } cells { city { id } segment { id } companies }
  flows { fromCity { id } fromSegment { id } toCity { id } toSegment { id } links } } }`;

const SEGMENT = `query($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {
  segmentCompanies(segmentId: $segmentId, cityId: $cityId, first: $first, after: $after) {
    edges { node { id } suppliers customers cursor } pageInfo { hasNextPage endCursor } totalCount } }`;

const INDICATORS = `query($from: Int, $to: Int) { corridorIndicators(fromYear: $from, toYear: $to) {
  years cities { city { id } companies companiesByIndustry { industry { id } companies }
    supplyLinks crossCityLinks collaborationShare corridorLinks outsideLinks
    completeness { industry { id } coveredSegments segments ratio } chainCompleteness singleSourceSegments
    alliances parks projects
    trend { year companies supplyLinks crossCityLinks corridorLinks outsideLinks alliances projects } } } }`;

const linkList = (links: any[]) => links.map((l) => `${short(l.from.id)}>${short(l.to.id)}:${l.links}`);

describe('corridorOverview', () => {
  it('draws the cities with their companies and the links between different cities, most first', async () => {
    const { data, errors } = await stage.app.gql(OVERVIEW, {});
    expect(errors).toBeUndefined();
    const o = data?.corridorOverview;
    expect(o.industry).toBeNull();
    // Years in which links began: 2018, 2019, 2020; the fixture's eight links have none.
    expect(o.years).toEqual([2018, 2019, 2020]);
    // X: a1 b2 c1 c2 n1; Y: a2 b3 d1; Z: b1 w1 d2; outside: o1 (a city that is not a member, shown: it has one).
    expect(o.cities.map((c: any) => [short(c.city.id), c.companies])).toEqual([
      ['out', 1],
      ['x', 5],
      ['y', 3],
      ['z', 3],
    ]);
    expect(o.cities[1].city).toMatchObject({ lat: 31, lng: 121 });
    expect(o.cities[1].industries).toEqual([{ industry: { id: 'industry:t' }, companies: 5 }]);
    // Z→X b1→c1 w1→c1; Y→X a2→c2 b3→c2; X→Y c1→d1 c2→d1; X→Z c1→d2; Y→Z d1→d2; X→out c2→o1. Same-city a1→c1 a1→c2 left out.
    expect(linkList(o.links)).toEqual(['x>y:2', 'y>x:2', 'z>x:2', 'x>out:1', 'x>z:1', 'y>z:1']);
    // Without an industry, every chain's cells: the same eleven as for industry:t, the fixture's only chain.
    expect(o.cells).toHaveLength(11);
    expect(o.flows).toEqual([]);
  });

  it('counts only the links that began in `since` or later, leaving out those of unknown year', async () => {
    const { data } = await stage.app.gql(OVERVIEW, { since: 2019 });
    expect(data?.corridorOverview.since).toBe(2019);
    expect(linkList(data?.corridorOverview.links)).toEqual(['x>out:1', 'y>z:1']);
  });

  it('turns into the chain’s cells and flows for one industry', async () => {
    const { data, errors } = await stage.app.gql(OVERVIEW, { industryId: 'industry:t' });
    expect(errors).toBeUndefined();
    const o = data?.corridorOverview;
    expect(o.segments.map((s: any) => short(s.id))).toEqual(['a', 'b', 'w', 'c', 'd', 'e']);
    const cells = o.cells.map((c: any) => `${short(c.city.id)}.${short(c.segment.id)}:${c.companies}`).sort();
    expect(cells).toEqual([
      'out.d:1',
      'x.a:1',
      'x.b:1',
      'x.c:2',
      'x.e:1',
      'y.a:1',
      'y.b:1',
      'y.d:1',
      'z.b:1',
      'z.d:1',
      'z.w:1',
    ]);
    const flows = o.flows
      .map(
        (f: any) =>
          `${short(f.fromCity.id)}.${short(f.fromSegment.id)}>${short(f.toCity.id)}.${short(f.toSegment.id)}:${f.links}`,
      )
      .sort();
    // Every one of the eleven links joins two companies of the chain; inside X, a1 supplies c1 and c2.
    expect(flows).toEqual([
      'x.a>x.c:2',
      'x.c>out.d:1',
      'x.c>y.d:2',
      'x.c>z.d:1',
      'y.a>x.c:1',
      'y.b>x.c:1',
      'y.d>z.d:1',
      'z.b>x.c:1',
      'z.w>x.c:1',
    ]);
    expect(linkList(o.links)).toEqual(['x>y:2', 'y>x:2', 'z>x:2', 'x>out:1', 'x>z:1', 'y>z:1']);
  });

  it('gives the largest flows first when asked for a few', async () => {
    const { data } = await stage.app.gql(
      `{ corridorOverview(industryId: "industry:t") { flows(first: 2) { fromCity { id } toCity { id } links } } }`,
    );
    expect(data?.corridorOverview.flows.map((f: any) => f.links)).toEqual([2, 2]);
  });

  it('refuses an unknown industry and a year out of range, naming the argument', async () => {
    const unknown = await stage.app.gql(OVERVIEW, { industryId: 'industry:none' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'industryId' });
    const year = await stage.app.gql(OVERVIEW, { since: 1800 });
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
    expect(year.errors?.[0]?.message).toContain('1900');
  });
});

describe('segmentCompanies', () => {
  it('pages a segment’s companies most linked first, then by id', async () => {
    // d1: suppliers c1 c2, customer d2 (3); d2: suppliers c1 d1 (2); o1: supplier c2 (1).
    const first = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.d', first: 2 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.segmentCompanies;
    expect(page.edges.map((e: any) => [short(e.node.id), e.suppliers, e.customers])).toEqual([
      ['d1', 2, 1],
      ['d2', 2, 0],
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(3);
    const next = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.d', first: 2, after: page.pageInfo.endCursor });
    expect(next.data?.segmentCompanies.edges.map((e: any) => short(e.node.id))).toEqual(['o1']);
    expect(next.data?.segmentCompanies.pageInfo.hasNextPage).toBe(false);
  });

  it('narrows to one city, and ties go by id', async () => {
    const inZ = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.d', cityId: 'city:tz' });
    expect(inZ.data?.segmentCompanies.edges.map((e: any) => short(e.node.id))).toEqual(['d2']);
    expect(inZ.data?.segmentCompanies.totalCount).toBe(1);
    // c1: a1 b1 w1 → c1 → d1 d2 (5); c2: a1 a2 b3 → c2 → d1 o1 (5).
    const c = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.c' });
    expect(c.data?.segmentCompanies.edges.map((e: any) => short(e.node.id))).toEqual(['c1', 'c2']);
  });

  it('refuses an unknown segment, a forged cursor and a page too large', async () => {
    const unknown = await stage.app.gql(SEGMENT, { segmentId: 'segment:none' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'segmentId' });
    const forged = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.d', after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const large = await stage.app.gql(SEGMENT, { segmentId: 'segment:t.d', first: 201 });
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('corridorIndicators', () => {
  it('gives each member city the counts and shares worked out by hand', async () => {
    const { data, errors } = await stage.app.gql(INDICATORS, { from: 2018, to: 2020 });
    expect(errors).toBeUndefined();
    const ind = data?.corridorIndicators;
    expect(ind.years).toEqual([2018, 2019, 2020]);
    expect(ind.cities.map((c: any) => short(c.city.id))).toEqual(['x', 'y', 'z']);
    const [x, y, z] = ind.cities;
    // X's links: a1→c1 a1→c2 (inside X), b1→c1 w1→c1 a2→c2 b3→c2 c1→d1 c2→d1 c1→d2 (other members), c2→o1 (outside).
    expect(x).toMatchObject({
      companies: 5,
      companiesByIndustry: [{ industry: { id: 'industry:t' }, companies: 5 }],
      supplyLinks: 10,
      crossCityLinks: 7,
      collaborationShare: 0.7,
      corridorLinks: 9,
      outsideLinks: 1,
      // a b c e of six segments; e has one corridor company, n1 in X.
      completeness: [{ industry: { id: 'industry:t' }, coveredSegments: 4, segments: 6, ratio: 0.6667 }],
      chainCompleteness: 0.6667,
      singleSourceSegments: 1,
      alliances: 1,
      parks: 1,
      projects: 0,
    });
    // Y: a2→c2 b3→c2 c1→d1 c2→d1 d1→d2, all with other members.
    expect(y).toMatchObject({
      companies: 3,
      supplyLinks: 5,
      crossCityLinks: 5,
      collaborationShare: 1,
      outsideLinks: 0,
    });
    expect(y).toMatchObject({ chainCompleteness: 0.5, singleSourceSegments: 0, alliances: 0, parks: 0, projects: 1 });
    // Z: b1→c1 w1→c1 c1→d2 d1→d2; w has one corridor company, w1 in Z.
    expect(z).toMatchObject({ supplyLinks: 4, crossCityLinks: 4, singleSourceSegments: 1, projects: 1 });
  });

  it('follows the years: what had begun by the end of each, the undated left out', async () => {
    const { data } = await stage.app.gql(INDICATORS, { from: 2018, to: 2020 });
    const [x, y] = data?.corridorIndicators.cities ?? [];
    const row = (t: any) => [
      t.year,
      t.companies,
      t.supplyLinks,
      t.crossCityLinks,
      t.outsideLinks,
      t.alliances,
      t.projects,
    ];
    // X: b3→c2 (2018), then c2→o1 (2020, outside); n1 founded 2019-03; alliance t-al2 founded 2019.
    expect(x.trend.map(row)).toEqual([
      [2018, 0, 1, 1, 0, 0, 0],
      [2019, 1, 1, 1, 0, 1, 0],
      [2020, 1, 2, 1, 1, 1, 0],
    ]);
    // Y: b3→c2 (2018), d1→d2 (2019); project t-p signed 2020-06.
    expect(y.trend.map(row)).toEqual([
      [2018, 0, 1, 1, 0, 0, 0],
      [2019, 0, 2, 2, 0, 0, 0],
      [2020, 0, 2, 2, 0, 0, 1],
    ]);
  });

  it('refuses a span too long or the wrong way round', async () => {
    const long = await stage.app.gql(INDICATORS, { from: 1950, to: 2020 });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
    const reversed = await stage.app.gql(INDICATORS, { from: 2021, to: 2020 });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
  });
});

describe('kept aggregates', () => {
  it('answer for the latest write: a new link between two cities shows at once', async () => {
    const before = await stage.app.gql(OVERVIEW, {});
    expect(linkList(before.data?.corridorOverview.links)).toContain('z>x:2');
    await stage.graph.query(
      "MATCH (a:Company {id: 'company:t-d2'}), (b:Company {id: 'company:t-a1'}) CREATE (a)-[:SUPPLIES {since: '2021'}]->(b)",
    );
    // A raw write moves no revision: what the server keeps is still served (the write paths bump it; see below).
    expect(linkList((await stage.app.gql(OVERVIEW, {})).data?.corridorOverview.links)).toContain('z>x:2');
    await stage.graph.query("MERGE (v:CorridorRevision {id: 'corridor'}) SET v.token = randomUUID()");
    const after = await stage.app.gql(OVERVIEW, {});
    expect(linkList(after.data?.corridorOverview.links)).toContain('z>x:3');
    expect(after.data?.corridorOverview.years).toEqual([2018, 2019, 2020, 2021]);
  });

  it('are moved on by the API’s own writes', async () => {
    const token = async () =>
      (await stage.graph.query("MATCH (v:CorridorRevision {id: 'corridor'}) RETURN v.token AS t"))[0]?.t;
    const was = await token();
    const { importRecords } = await import('../../import/importer.js');
    const { ImportStore } = await import('../../import/import.store.js');
    const alliance = { kind: 'Alliance', id: 'alliance:t-al3', nameZh: '测试联盟三', founded: '2020' };
    expect((await importRecords(new ImportStore(stage.graph.executor), [{ line: 1, value: alliance }])).errors).toEqual(
      [],
    );
    expect(await token()).not.toBe(was);
  });
});
