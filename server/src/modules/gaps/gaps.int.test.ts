/**
 * Every gap query on the hand-built chain of test/chainFixture.ts, against answers worked out by hand there.
 */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';

const stage = stageApp(chainFixture);

const short = (id: string) => id.replace(/^(company:t-|segment:t\.|city:t)/, '');

describe('chainCoverage', () => {
  it('gives each cell the status docs/analysis.md defines, with counts and corridor totals', async () => {
    const { data, errors } = await stage.app.gql(`{
      chainCoverage(industryId: "industry:t") {
        cities { id }
        rows { segment { id } total status cells { cityId count status } }
      } }`);
    expect(errors).toBeUndefined();
    const cov = data?.chainCoverage;
    expect(cov.cities.map((c: { id: string }) => short(c.id))).toEqual(['x', 'y', 'z']);
    const matrix = Object.fromEntries(
      cov.rows.map((r: any) => [
        short(r.segment.id),
        [r.total, r.status, ...r.cells.map((c: any) => `${c.count}:${c.status}`)],
      ]),
    );
    expect(matrix).toEqual({
      a: [2, 'COVERED', '1:COVERED', '1:COVERED', '0:LOCAL_GAP'],
      b: [3, 'COVERED', '1:COVERED', '1:COVERED', '1:COVERED'],
      w: [1, 'WEAK', '0:LOCAL_GAP', '0:LOCAL_GAP', '1:WEAK'],
      c: [2, 'COVERED', '2:COVERED', '0:LOCAL_GAP', '0:LOCAL_GAP'],
      d: [2, 'COVERED', '0:LOCAL_GAP', '1:COVERED', '1:COVERED'],
      e: [0, 'MISSING', '0:MISSING', '0:MISSING', '0:MISSING'],
    });
    expect(Object.keys(matrix)).toEqual(['a', 'b', 'w', 'c', 'd', 'e']);
  });

  it('recomputes statuses over the cities asked for', async () => {
    const { data } = await stage.app.gql(`{ chainCoverage(industryId: "industry:t", cityIds: ["city:tx"]) {
      rows { segment { id } status cells { status } } } }`);
    const a = data?.chainCoverage.rows.find((r: any) => r.segment.id === 'segment:t.a');
    const w = data?.chainCoverage.rows.find((r: any) => r.segment.id === 'segment:t.w');
    expect(a).toMatchObject({ status: 'WEAK', cells: [{ status: 'WEAK' }] });
    expect(w).toMatchObject({ status: 'MISSING', cells: [{ status: 'MISSING' }] });
  });

  it('says NOT_FOUND for an unknown industry and names the limit for too many cities', async () => {
    expect(
      (await stage.app.gql('{ chainCoverage(industryId: "industry:none") { rows { total } } }')).errors?.[0]?.extensions
        .code,
    ).toBe('NOT_FOUND');
    const many = Array.from({ length: 31 }, (_, i) => `"city:c${i}"`).join(',');
    const bad = await stage.app.gql(
      `{ chainCoverage(industryId: "industry:t", cityIds: [${many}]) { rows { total } } }`,
    );
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/cityIds: .*30/),
    });
  });
});

describe('supplierGaps', () => {
  const query = `query($id: ID!, $dir: GapDirection) { supplierGaps(companyId: $id, direction: $dir) {
    segments { ownSegment { id } segment { id } isGap partners { id }
      candidates { company { id } score distanceKm reasons { code points } } } } }`;

  it('finds the upstream segments without a supplier and ranks the candidates with their reasons', async () => {
    const { data, errors } = await stage.app.gql(query, { id: 'company:t-c2', dir: 'UPSTREAM' });
    expect(errors).toBeUndefined();
    const segments = data?.supplierGaps.segments;
    expect(
      segments.map((s: any) => [short(s.segment.id), s.isGap, s.partners.map((p: any) => short(p.id)).sort()]),
    ).toEqual([
      ['a', false, ['a1', 'a2']],
      ['b', true, []],
      ['w', true, []],
    ]);
    const b = segments[1].candidates;
    expect(b.map((c: any) => [short(c.company.id), c.score])).toEqual([
      ['b2', 9],
      ['b3', 1.62],
      ['b1', 0.9],
    ]);
    expect(b[0].reasons).toEqual([
      { code: 'SHARED_ALLIANCE', points: 3 },
      { code: 'SAME_PARK', points: 2 },
      { code: 'SAME_CITY', points: 2 },
      { code: 'DISTANCE', points: 2 },
    ]);
    expect(b[2]).toMatchObject({
      distanceKm: 399,
      reasons: [
        { code: 'DISTANCE', points: 0.4 },
        { code: 'TRACK_RECORD', points: 0.5 },
      ],
    });
    expect(segments[2].candidates.map((c: any) => short(c.company.id))).toEqual(['w1']);
    expect(segments[0].candidates).toEqual([]);
  });

  it('mirrors downstream: a segment with no company leaves a gap with no candidate', async () => {
    const { data } = await stage.app.gql(query, { id: 'company:t-c2', dir: 'DOWNSTREAM' });
    expect(
      data?.supplierGaps.segments.map((s: any) => [
        short(s.segment.id),
        s.isGap,
        s.partners.map((p: any) => short(p.id)),
        s.candidates.length,
      ]),
    ).toEqual([
      ['d', false, ['d1'], 0],
      ['e', true, [], 0],
    ]);
  });
});

describe('collaborationGaps', () => {
  it('counts potential and actual supply per ordered city pair and ranks by unlinked potential', async () => {
    const { data, errors } = await stage.app.gql(`{ collaborationGaps(industryId: "industry:t", first: 6) {
      from { id } to { id } potential actual ratio
      bestUnlinked { supplier { id } customer { id } supplierSegment { id } customerSegment { id } } } }`);
    expect(errors).toBeUndefined();
    const pairs = data?.collaborationGaps;
    expect(pairs.map((p: any) => [`${short(p.from.id)}→${short(p.to.id)}`, p.potential, p.actual])).toEqual([
      ['y→x', 4, 1],
      ['z→x', 4, 2],
      ['x→z', 2, 1],
      ['x→y', 2, 2],
      ['y→z', 0, 0],
      ['z→y', 0, 0],
    ]);
    expect(pairs[0].ratio).toBe(0.25);
    const yx = pairs[0].bestUnlinked.map((u: any) => `${short(u.supplier.id)}→${short(u.customer.id)}`).sort();
    expect(yx).toEqual(['a2→c1', 'b3→c1', 'b3→c2']);
    expect(pairs[3].bestUnlinked).toEqual([]);
  });
});

describe('resilience', () => {
  it('finds the single-source and missing segments, a company that cuts the chain, and not the others', async () => {
    const { data, errors } = await stage.app.gql(`{ resilience(industryId: "industry:t") {
      singleSourceSegments { id } missingSegments { id } cutCompanies { company { id } stranded } connectedDownstream } }`);
    expect(errors).toBeUndefined();
    const r = data?.resilience;
    expect(r.singleSourceSegments.map((s: any) => short(s.id))).toEqual(['w']);
    expect(r.missingSegments.map((s: any) => short(s.id))).toEqual(['e']);
    // d2 is reached only through c1; d1 also through c2, and c1 has three suppliers.
    expect(r.cutCompanies.map((c: any) => [short(c.company.id), c.stranded])).toEqual([['c1', 1]]);
    expect(r.connectedDownstream).toBe(2);
  });
});

describe('trace', () => {
  const trace = `query($id: ID!, $dir: TraceDirection, $depth: Int, $cities: [ID!], $limit: Int, $industry: ID) {
    trace(companyId: $id, direction: $dir, maxDepth: $depth, cityIds: $cities, limit: $limit, industryId: $industry) {
      truncated nodes { id tier } edges { source target } } }`;
  const tiers = (data: any) => Object.fromEntries(data.trace.nodes.map((n: any) => [short(n.id), n.tier]));

  it('gives suppliers negative tiers and customers positive ones', async () => {
    const up = await stage.app.gql(trace, { id: 'company:t-c1', dir: 'UPSTREAM', depth: 2 });
    expect(tiers(up.data)).toEqual({ c1: 0, a1: -1, b1: -1, w1: -1 });
    const both = await stage.app.gql(trace, { id: 'company:t-a1', dir: 'BOTH', depth: 3 });
    expect(tiers(both.data)).toEqual({ a1: 0, c1: 1, c2: 1, d1: 2, d2: 2 });
    expect(both.data?.trace.edges).toHaveLength(5);
  });

  it('keeps only companies of the cities asked for (the start always stays)', async () => {
    const { data } = await stage.app.gql(trace, {
      id: 'company:t-a1',
      dir: 'DOWNSTREAM',
      depth: 3,
      cities: ['city:tx', 'city:ty'],
    });
    expect(tiers(data)).toEqual({ a1: 0, c1: 1, c2: 1, d1: 2 });
  });

  it('keeps only companies of the industry asked for', async () => {
    const { data } = await stage.app.gql(trace, {
      id: 'company:t-a1',
      dir: 'DOWNSTREAM',
      depth: 3,
      industry: 'industry:other',
    });
    expect(tiers(data)).toEqual({ a1: 0 });
  });

  it('cuts the answer at limit, nearest tiers first, and says so', async () => {
    const { data } = await stage.app.gql(trace, { id: 'company:t-a1', dir: 'DOWNSTREAM', depth: 3, limit: 3 });
    expect(data?.trace.truncated).toBe(true);
    expect(tiers(data)).toEqual({ a1: 0, c1: 1, c2: 1 });
  });

  it('rejects a depth outside 1–6 with the field and the limit', async () => {
    const { errors } = await stage.app.gql(trace, { id: 'company:t-a1', depth: 7 });
    expect(errors?.[0]).toMatchObject({
      message: 'maxDepth: must be from 1 to 6',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('paths', () => {
  it('returns the k shortest directed supply paths, shortest first, with their subgraph', async () => {
    const { data, errors } = await stage.app.gql(`{ paths(fromId: "company:t-a1", toId: "company:t-d1", k: 3) {
      paths { nodeIds length } graph { nodes { id } edges { source target } } } }`);
    expect(errors).toBeUndefined();
    const paths = data?.paths.paths.map((p: any) => p.nodeIds.map(short).join('>')).sort();
    expect(paths).toEqual(['a1>c1>d1', 'a1>c2>d1']);
    expect(data?.paths.graph.nodes).toHaveLength(4);
    expect(data?.paths.graph.edges).toHaveLength(4);
  });

  it('honours k and finds nothing against the direction of supply', async () => {
    const one = await stage.app.gql(
      '{ paths(fromId: "company:t-a1", toId: "company:t-d1", k: 1) { paths { length } } }',
    );
    expect(one.data?.paths.paths).toEqual([{ length: 2 }]);
    const back = await stage.app.gql('{ paths(fromId: "company:t-d1", toId: "company:t-a1") { paths { length } } }');
    expect(back.data?.paths.paths).toEqual([]);
  });
});

describe('companies', () => {
  const page = `query($after: String) { companies(filter: { industryId: "industry:t" }, first: 3, after: $after) {
    totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }`;

  it('pages through every company once, with no duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data }: { data?: any } = await stage.app.gql(page, { after });
      const c = data.companies;
      expect(c.totalCount).toBe(10);
      seen.push(...c.edges.map((e: any) => e.node.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect([...seen].sort()).toEqual(seen);
  });

  it('combines filters: city and segment', async () => {
    const { data } = await stage.app.gql(
      `{ companies(filter: { cityIds: ["city:tx"], segmentId: "segment:t.c" }) { edges { node { id } } } }`,
    );
    expect(data?.companies.edges.map((e: any) => short(e.node.id))).toEqual(['c1', 'c2']);
  });

  it('names the limit when first is too large', async () => {
    const { errors } = await stage.app.gql('{ companies(first: 501) { totalCount } }');
    expect(errors?.[0]?.message).toBe('first: must be from 1 to 500');
  });
});

describe('lookups', () => {
  it('gives an industry its segments in chain order and its FEEDS links', async () => {
    const { data } = await stage.app.gql(
      `{ industry(id: "industry:t") { companyCount segments { id position upstream { id } companyCount } feeds { from { id } to { id } } } }`,
    );
    const industry = data?.industry;
    expect(industry.companyCount).toBe(10);
    expect(industry.segments.map((s: any) => short(s.id))).toEqual(['a', 'b', 'w', 'c', 'd', 'e']);
    expect(industry.segments[3].upstream.map((s: any) => short(s.id)).sort()).toEqual(['a', 'b', 'w']);
    expect(industry.feeds).toHaveLength(5);
  });

  it("resolves a company's relationships in batches", async () => {
    const { data } = await stage.app.gql(`{ companies(filter: { allianceId: "alliance:t-al" }) { edges { node {
      id segments { id } parks { id } memberships { alliance { id } role } supplierCount customerCount } } } }`);
    const member = (id: string, segment: string, role: string, suppliers: number, customers: number) => ({
      id,
      segments: [{ id: segment }],
      parks: [{ id: 'park:t-px' }],
      memberships: [{ alliance: { id: 'alliance:t-al' }, role }],
      supplierCount: suppliers,
      customerCount: customers,
    });
    expect(data?.companies.edges.map((e: any) => e.node)).toEqual([
      member('company:t-b2', 'segment:t.b', 'MEMBER', 0, 0),
      member('company:t-c2', 'segment:t.c', 'CHAIR', 2, 1),
    ]);
  });
});
