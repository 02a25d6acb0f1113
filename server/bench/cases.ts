/**
 * The bench's cases. Each runs the same work twice: through GraphQL over HTTP (the whole server: parsing,
 * validation, cost, resolvers, executor, zod) and through the raw driver (the same statements, no server), so the
 * ratio is what the API layer costs. Analyses are timed warm (stored result) and cold (first call after a write).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Executor } from '../src/db/executor.js';
import { RESULT_FORMAT, analyseIndustry, analysisStatements, projectIndustry } from '../src/analysis/index.js';
import { companiesStatements } from '../src/modules/companies/index.js';
import { gapsStatements } from '../src/modules/gaps/index.js';
import {
  CORRIDOR_FORMAT,
  CORRIDOR_KEY,
  buildCorridorFacts,
  indicatorsOf,
  latestYear,
  overviewOf,
  overviewStatements,
  type CorridorFacts,
} from '../src/modules/overview/index.js';
import { fullTextParams, searchStatements } from '../src/modules/search/index.js';
import { NODE_BY_ID, SUPPLIES_BETWEEN } from '../src/modules/subgraph/index.js';
import { targetsStatements } from '../src/modules/targets/index.js';
import { traceStatements } from '../src/modules/trace/index.js';
import { KEPT, bumpRevisions, touchedIds } from '../src/revisions/index.js';
import { LIBRARY_QUERIES } from './neo4jGraphql.js';

// The statements the server runs, for the raw-driver baselines: the same text, without the server.
const { CITIES, INDUSTRY_FEEDS, INDUSTRY_PROJECTION, INDUSTRY_SEGMENTS } = analysisStatements;
const { CANDIDATES, PARTNERS } = gapsStatements;
const {
  CORRIDOR_CHAINS,
  CORRIDOR_CITIES,
  CORRIDOR_COMPANIES,
  CORRIDOR_INSTITUTIONS,
  SEGMENT_COMPANIES,
  SEGMENT_COMPANY_COUNT,
} = overviewStatements;
const { CITY_SUPPLIERS, CITY_TIES, CUSTOMERS_IN_CITY, SEGMENT_CANDIDATES } = targetsStatements;
const { COMPANIES_PROBE, PARTNERS_PAGE, PROBE_WINDOW, SUPPLY_DEGREE } = companiesStatements;
const { SEARCH_FULLTEXT } = searchStatements;
const { TRACE_STEP } = traceStatements;
const READ_RESULT = KEPT.industry.read;
const CORRIDOR_RESULTS = KEPT.corridor;

export interface BenchCase {
  name: string;
  graphql: (i: number) => Promise<unknown>;
  raw: (i: number) => Promise<unknown>;
  baseline: string;
  /** The same lookup through the Neo4j GraphQL Library (the partner lookups only). */
  library?: (i: number) => Promise<unknown>;
  /** Untimed, before every run. */
  prepare?: (i: number) => Promise<unknown>;
  cold?: boolean;
  /** Untimed runs first (10 unless given: the server's code warms up too). */
  warmup?: number;
}

export interface Inputs {
  hubs: string[];
  customers: string[];
  industries: string[];
  cities: string[];
  terms: string[];
  /** The largest (segment, member city) cells: `segmentId|cityId`. */
  cells: string[];
}

/** The same deterministic picks every run. */
export async function pickInputs(driver: Driver): Promise<Inputs> {
  const pick = async (text: string) => (await driver.executeQuery(text)).records.map((r) => r.get(0) as string);
  return {
    hubs: await pick(
      'MATCH (c:Company)-[:SUPPLIES]->() WHERE c.synthetic WITH c, count(*) AS n ORDER BY n DESC, c.id SKIP 20 LIMIT 10 RETURN c.id',
    ),
    customers: await pick(
      'MATCH (c:Company)<-[:SUPPLIES]-() WHERE c.synthetic WITH c, count(*) AS n WHERE n >= 3 RETURN c.id ORDER BY c.id LIMIT 10',
    ),
    industries: ['industry:nev', 'industry:ic', 'industry:biomedicine', 'industry:ai', 'industry:robotics'],
    cities: (await driver.executeQuery(CITIES.text)).records.filter((r) => r.get('member')).map((r) => r.get('id')),
    terms: ['苏州瑞芯', '电芯', '合肥', '半导体材料', '杭州智', '磁性材料', '嘉兴华', '芜湖'],
    cells: await pick(
      "MATCH (s:Segment)<-[:OPERATES_IN]-(:Company)-[:LOCATED_IN]->(city:City {role: 'MEMBER'}) " +
        "WITH s, city, count(*) AS n ORDER BY n DESC, s.id, city.id LIMIT 5 RETURN s.id + '|' + city.id",
    ),
  };
}

/** A row as the raw driver gives it. */
type Row = Record<string, unknown>;

const at = <T>(list: T[], i: number) => list[i % list.length] as T;

export function benchCases(ctx: {
  endpoint: string;
  libraryEndpoint: string;
  driver: Driver;
  executor: Executor;
  inputs: Inputs;
}): BenchCase[] {
  const { endpoint, libraryEndpoint, driver, executor, inputs } = ctx;

  const gql = (query: string, variables: Record<string, unknown>) => post(endpoint, query, variables);
  const library = (query: string, variables: Record<string, unknown>) => post(libraryEndpoint, query, variables);

  async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]?.message);
    return body.data;
  }

  /** Statement texts and parameters straight to the driver in one read transaction: no executor, no zod. */
  async function raw<T>(work: (run: (text: string, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) =>
        work(async (text, params = {}) => (await tx.run(text, params)).records.map((r) => r.toObject())),
      );
    } finally {
      await session.close();
    }
  }

  async function rawTrace(companyId: string, depth: number, limit: number) {
    return raw(async (run) => {
      const [start] = await run(NODE_BY_ID.Company.text, { id: companyId });
      const seen = [start?.eid as string];
      let frontier = [...seen];
      for (let d = 1; d <= depth && frontier.length > 0; d++) {
        const found = await run(TRACE_STEP.DOWNSTREAM.text, {
          frontier,
          seen,
          cap: limit + 1 - seen.length,
          industryId: null,
          cityIds: null,
        });
        frontier = found.map((r) => r.eid as string);
        seen.push(...frontier);
      }
      return run(SUPPLIES_BETWEEN.text, { eids: seen });
    });
  }

  /** The corridor's kept aggregates read and parsed, as the server does when its memo is behind. */
  const storedCorridor = () =>
    raw(async (run) => {
      const [row] = await run(CORRIDOR_RESULTS.read.text, { key: CORRIDOR_KEY, known: '-', format: CORRIDOR_FORMAT });
      return JSON.parse(row?.payload as string) as CorridorFacts;
    });
  const OVERVIEW =
    'query($industryId: ID, $since: Int) { corridorOverview(industryId: $industryId, since: $since) { years ' +
    'cities { city { id } companies industries { industry { id } companies } } links { from { id } to { id } links } ' +
    'segments { id } cells { city { id } segment { id } companies } ' +
    'flows(first: 600) { fromCity { id } fromSegment { id } toCity { id } toSegment { id } links } } }';
  const chainOf = (facts: CorridorFacts, industryId: string) =>
    facts.chains.findIndex((c) => c.industryId === industryId);
  const cell = (i: number) => at(inputs.cells, i).split('|') as [string, string];

  /** A write that touches the industry (a new revision), so its next analysis is computed, not read. */
  const touch = (i: number) =>
    executor.writeTx('bench.touch', (tx) => bumpRevisions(tx, touchedIds([at(inputs.industries, i)])));

  const trace = (depth: number, limit: number): BenchCase => ({
    name: `trace depth ${depth} limit ${limit}`,
    graphql: (i) =>
      gql(
        'query($id: ID!, $d: Int, $l: Int) { trace(companyId: $id, direction: DOWNSTREAM, maxDepth: $d, limit: $l) { truncated nodes { id tier } edges { id } } }',
        { id: at(inputs.hubs, i), d: depth, l: limit },
      ),
    raw: (i) => rawTrace(at(inputs.hubs, i), depth, limit),
    baseline: 'the same tier statements, one per tier, and the links between the nodes found',
  });

  const storedResult = (i: number) =>
    raw(async (run) => {
      const [row] = await run(READ_RESULT.text, {
        key: at(inputs.industries, i),
        known: '-',
        format: RESULT_FORMAT,
      });
      return row?.payload ? JSON.parse(row.payload as string) : null;
    });

  /** An industry's analysis from scratch through the raw driver: its projection read, then analysed in-process. */
  const realAnalysis = (industryId: string) =>
    raw(async (run) => {
      const cities = await run(CITIES.text);
      const p = projectIndustry(
        (await run(INDUSTRY_SEGMENTS.text, { industryId })) as { id: string; stage: string }[],
        (await run(INDUSTRY_FEEDS.text, { industryId })) as { from: string; to: string }[],
        {
          all: cities.map((c) => c.id as string),
          members: cities.filter((c) => c.member).map((c) => c.id as string),
        },
        (await run(INDUSTRY_PROJECTION.text, { industryId })).map((r) => ({
          ...r,
          inDegree: Number(r.inDegree),
        })) as never,
      );
      return analyseIndustry(industryId, p);
    });

  const WHAT_IF =
    'query($id: ID!, $changes: [ScenarioChangeInput!]!) { whatIf(industryId: $id, changes: $changes) { ' +
    'coverage { rows { status cells { count status } } } resilience { connectedDownstream } ' +
    'diff { cells { segment { id } before after } strandedCount rescuedCount cityPairs { from { id } to { id } actualAfter } } } }';
  /** A hub leaves and a newcomer (named for the run, so no two runs ask the same) arrives in Hefei. */
  const scenarioChanges = (i: number) => [
    { kind: 'REMOVE_COMPANY', companyId: at(inputs.hubs, i) },
    { kind: 'REMOVE_COMPANY', companyId: at(inputs.customers, i) },
    { kind: 'ADD_LINK', supplierId: at(inputs.hubs, i + 1), customerId: at(inputs.customers, i + 1) },
    { kind: 'ADD_COMPANY', name: `bench ${i} ${Date.now()}`, segmentId: 'segment:nev.cell', cityId: 'city:hefei' },
  ];

  /** A company's supplier gaps through the raw driver: its partner and candidate statements. */
  const rawSupplierGaps = (companyId: string) =>
    raw(async (run) => {
      const partners = await run(PARTNERS.UPSTREAM.text, { companyId });
      const segmentIds = partners.filter((r) => (r.partnerIds as string[]).length === 0).map((r) => r.segmentId);
      return run(CANDIDATES.UPSTREAM.text, { companyId, segmentIds });
    });

  const TARGET_LIST =
    'query($c: ID!, $ind: ID!) { targetList(cityId: $c, industryId: $ind) { segments { segment { id } status candidateCount candidates { company { id nameZh } city { id } score customersInCity alliances reasons { code points } } } } }';
  /**
   * The statements of a target list through the raw driver, side by side as the server runs them: the city's ties,
   * the companies of its thin segments, and its customers counted from the city's side for a long list (per
   * candidate after the read for a short one).
   */
  const rawTargetList = async (cityId: string, industryId: string) => {
    const facts = await storedCorridor();
    const city = facts.cities.findIndex((c) => c.id === cityId);
    const chain = facts.chains[chainOf(facts, industryId)] as CorridorFacts['chains'][number];
    const counts = new Map<number, number>();
    let memberships = 0;
    for (const [c, s, n] of facts.cells) {
      if (c !== city) continue;
      counts.set(s as number, n as number);
      memberships += n as number;
    }
    const thin = chain.segments.filter((s) => (counts.get(s) ?? 0) < 2);
    const segmentIds = thin.map((s) => (facts.segments[s] as { id: string }).id);
    const inCorridor = (s: number) =>
      facts.cells.reduce((k, [c, t, n]) => (t === s && facts.cities[c as number]?.member ? k + (n as number) : k), 0);
    const fromCity = thin.reduce((k, s) => k + inCorridor(s) - (counts.get(s) ?? 0), 0) > memberships;
    const [, rows, suppliers] = await Promise.all([
      raw((run) => run(CITY_TIES.text, { cityId })),
      raw((run) => run(SEGMENT_CANDIDATES.text, { segmentIds })),
      fromCity ? raw((run) => run(CITY_SUPPLIERS.text, { cityId })) : null,
    ]);
    if (suppliers) return [rows, suppliers];
    const ids = [
      ...new Set(rows.flatMap((r) => (r.ids as string[]).filter((_, i) => (r.cityIds as string[])[i] !== cityId))),
    ];
    return [rows, await raw((run) => run(CUSTOMERS_IN_CITY.text, { ids, cityId }))];
  };
  /** (city, industry) pairs of the industries other than NEV, each handed out once. */
  let pairsGiven = 0;
  const freshPair = (): [string, string] => {
    const k = pairsGiven++;
    return [at(inputs.cities, k), at(inputs.industries.slice(1), Math.floor(k / inputs.cities.length))];
  };

  const whatIf = (name: string, cold: boolean): BenchCase => ({
    name,
    ...(cold ? { cold, prepare: touch } : {}),
    graphql: (i) => gql(WHAT_IF, { id: at(inputs.industries, i), changes: scenarioChanges(i) }),
    raw: (i) => realAnalysis(at(inputs.industries, i)),
    baseline: 'the same analysis of the real graph: the projection statements and the in-process analysis',
  });

  const cityFilter = { cityIds: [inputs.cities.find((c) => c === 'city:hefei') ?? at(inputs.cities, 0)] };
  const listParams = {
    cityIds: cityFilter.cityIds,
    industryId: 'industry:nev',
    segmentId: null,
    parkId: null,
    allianceId: null,
    name: null,
    synthetic: null,
  };

  return [
    {
      name: 'search',
      graphql: (i) =>
        gql('query($t: String!) { search(text: $t, first: 20) { score node { id nameZh } } }', {
          t: at(inputs.terms, i),
        }),
      raw: (i) =>
        raw((run) => run(SEARCH_FULLTEXT.text, { ...fullTextParams(at(inputs.terms, i), null, 20), candidates: 100 })),
      baseline: 'the full-text statement',
    },
    {
      name: 'company card',
      graphql: (i) =>
        gql(
          'query($id: ID!) { company(id: $id) { id nameZh city { id nameZh } segments { id nameZh } memberships { alliance { id nameZh } } supplierCount customerCount } }',
          { id: at(inputs.customers, i) },
        ),
      raw: (i) =>
        raw((run) =>
          run(
            `MATCH (c:Company {id: $id})
             RETURN c {.*, city: [(c)-[:LOCATED_IN]->(x:City) | x {.id, .nameZh}][0],
               segments: [(c)-[:OPERATES_IN]->(s:Segment) | s {.id, .nameZh}],
               alliances: [(c)-[:MEMBER_OF]->(a:Alliance) | a {.id, .nameZh}],
               suppliers: COUNT { (c)<-[:SUPPLIES]-() }, customers: COUNT { (c)-[:SUPPLIES]->() }} AS card`,
            { id: at(inputs.customers, i) },
          ),
        ),
      baseline: 'one statement with a map projection',
      library: (i) => library(LIBRARY_QUERIES.card, { id: at(inputs.customers, i) }),
    },
    {
      name: 'companies 合肥 × NEV, 50',
      graphql: () =>
        gql(
          'query($f: CompanyFilter) { companies(filter: $f, first: 50) { totalCount edges { node { id nameZh city { id nameZh } } } } }',
          { f: { cityIds: cityFilter.cityIds, industryId: 'industry:nev' } },
        ),
      raw: () =>
        raw(async (run) => [
          await run(COMPANIES_PROBE.text, { ...listParams, after: null, first: 50, window: PROBE_WINDOW }),
          await run(READ_RESULT.text, { key: 'industry:nev', known: '-', format: RESULT_FORMAT }),
        ]),
      baseline: 'the probe statement and the stored counts read',
      library: () => library(LIBRARY_QUERIES.list, { city: cityFilter.cityIds[0], industry: 'industry:nev' }),
    },
    {
      name: 'direct suppliers, 50',
      graphql: (i) =>
        gql(
          'query($id: ID!) { company(id: $id) { suppliers(first: 50) { totalCount edges { product since node { id nameZh city { id nameZh } } } } } }',
          { id: at(inputs.customers, i) },
        ),
      raw: (i) =>
        raw(async (run) => {
          const companyId = at(inputs.customers, i);
          const page = await run(PARTNERS_PAGE.UPSTREAM.text, { companyId, after: null, first: 50 });
          const ids = page.map((r) => (r.props as { id: string }).id);
          return [
            await run('MATCH (c:Company)-[:LOCATED_IN]->(x:City) WHERE c.id IN $ids RETURN c.id, x {.id, .nameZh}', {
              ids,
            }),
            await run(SUPPLY_DEGREE.text, { ids: [companyId] }),
          ];
        }),
      baseline: "the partner page, the partners' cities and the degree",
      library: (i) => library(LIBRARY_QUERIES.suppliers, { id: at(inputs.customers, i) }),
    },
    trace(2, 500),
    trace(4, 5000),
    {
      name: 'supplierGaps',
      graphql: (i) =>
        gql(
          'query($id: ID!) { supplierGaps(companyId: $id) { segments { isGap partners { id } candidates { company { id } score } } } }',
          { id: at(inputs.customers, i) },
        ),
      raw: (i) => rawSupplierGaps(at(inputs.customers, i)),
      baseline: 'the partner and candidate statements',
    },
    {
      // A company's gaps in a scenario: the real statements, adjusted to the changed projection (held).
      name: 'what-if supplierGaps',
      graphql: (i) =>
        gql(
          'query($ind: ID!, $id: ID!, $changes: [ScenarioChangeInput!]!) { whatIfSupplierGaps(industryId: $ind, companyId: $id, changes: $changes) { segments { isGap partners { id } candidates { company { id } score } } } }',
          { ind: at(inputs.industries, i), id: at(inputs.customers, i), changes: scenarioChanges(i + 1) },
        ),
      raw: (i) => rawSupplierGaps(at(inputs.customers, i)),
      baseline: 'the real partner and candidate statements',
    },
    {
      name: 'chainCoverage (warm)',
      warmup: 2 * inputs.industries.length,
      graphql: (i) =>
        gql('query($id: ID!) { chainCoverage(industryId: $id) { rows { total status cells { count status } } } }', {
          id: at(inputs.industries, i),
        }),
      raw: storedResult,
      baseline: 'the stored result read and parsed',
    },
    {
      name: 'collaborationGaps (warm)',
      warmup: 2 * inputs.industries.length,
      graphql: (i) =>
        gql(
          'query($id: ID!) { collaborationGaps(industryId: $id, first: 10) { potential actual bestUnlinked { supplier { id } customer { id } } } }',
          { id: at(inputs.industries, i) },
        ),
      raw: storedResult,
      baseline: 'the stored result read and parsed',
    },
    {
      name: 'resilience (warm)',
      warmup: 2 * inputs.industries.length,
      graphql: (i) =>
        gql(
          'query($id: ID!) { resilience(industryId: $id) { connectedDownstream cutCompanies { company { id } stranded } } }',
          {
            id: at(inputs.industries, i),
          },
        ),
      raw: storedResult,
      baseline: 'the stored result read and parsed',
    },
    {
      name: 'corridorOverview (warm)',
      graphql: () => gql(OVERVIEW, {}),
      raw: async () => overviewOf(await storedCorridor(), null, null),
      baseline: 'the kept aggregates read and parsed, and the same summing',
    },
    {
      name: 'overview flow, an industry',
      graphql: (i) => gql(OVERVIEW, { industryId: at(inputs.industries, i), since: 2018 }),
      raw: async (i) => {
        const facts = await storedCorridor();
        return overviewOf(facts, chainOf(facts, at(inputs.industries, i)), 2018);
      },
      baseline: 'the kept aggregates read and parsed, and the same filtering',
    },
    {
      name: 'drill: cityProfile',
      graphql: (i) =>
        gql(
          'query($id: ID!) { cityProfile(cityId: $id) { companies industries { industry { id } companies segments { segment { id } companies } } } }',
          { id: at(inputs.cities, i) },
        ),
      raw: storedCorridor,
      baseline: 'the kept aggregates read and parsed',
    },
    {
      name: 'drill: segmentCompanies, 50',
      graphql: (i) =>
        gql(
          'query($s: ID!, $c: ID) { segmentCompanies(segmentId: $s, cityId: $c, first: 50) { totalCount edges { node { id nameZh nameEn city { id } } suppliers customers } } }',
          { s: cell(i)[0], c: cell(i)[1] },
        ),
      raw: (i) =>
        raw(async (run) => {
          const [segmentId, cityId] = cell(i);
          return [
            await run(SEGMENT_COMPANIES.text, { segmentId, cityId, afterDegree: null, afterId: null, first: 50 }),
            await run(SEGMENT_COMPANY_COUNT.text, { segmentId, cityId }),
          ];
        }),
      baseline: 'the page and count statements',
    },
    {
      name: 'corridorIndicators (warm)',
      graphql: () =>
        gql(
          '{ corridorIndicators { years cities { city { id } companies supplyLinks crossCityLinks collaborationShare corridorLinks outsideLinks chainCompleteness singleSourceSegments alliances parks projects companiesByIndustry { industry { id } companies } trend { year companies supplyLinks crossCityLinks corridorLinks outsideLinks alliances projects } } } }',
          {},
        ),
      raw: async () => {
        const facts = await storedCorridor();
        const last = latestYear(facts);
        return indicatorsOf(
          facts,
          Array.from({ length: 15 }, (_, k) => last - 14 + k),
        );
      },
      baseline: 'the kept aggregates read and parsed, and the same indicators',
    },
    {
      // Lists are kept per corridor revision: after the warm-up these are the held ones.
      name: 'targetList 20 per segment',
      graphql: (i) => gql(TARGET_LIST, { c: at(inputs.cities, i), ind: 'industry:nev' }),
      raw: (i) => rawTargetList(at(inputs.cities, i), 'industry:nev'),
      baseline: 'the kept aggregates read, then the same statements side by side',
    },
    {
      // The first list of a (city, industry) pair in a revision: every run asks a pair not asked before.
      name: 'targetList, first of its pair (cold)',
      cold: true,
      graphql: () => {
        const [c, ind] = freshPair();
        return gql(TARGET_LIST, { c, ind });
      },
      raw: (i) => rawTargetList(at(inputs.cities, i), at(inputs.industries, i + 1)),
      baseline: 'the kept aggregates read, then the same statements side by side',
    },
    {
      // After a write nothing of the revision is held: its ties, segments and suppliers are read again. The
      // corridor aggregates the list counts from are rebuilt before the run (untimed, ~9 s at L; they serve the
      // overview as well, and `npm start` builds them in the background).
      name: 'targetList after a write (cold)',
      cold: true,
      prepare: async (i) => {
        await touch(i);
        await gql(OVERVIEW, {});
      },
      graphql: (i) => gql(TARGET_LIST, { c: at(inputs.cities, i), ind: at(inputs.industries, i) }),
      raw: (i) => rawTargetList(at(inputs.cities, i), at(inputs.industries, i)),
      baseline: 'the kept aggregates read, then the same statements side by side',
    },
    {
      name: 'target list XLSX, 1000',
      graphql: async (i) => {
        const url = new URL('/api/target-list.xlsx', endpoint);
        url.search = new URLSearchParams({
          city: at(inputs.cities, i),
          industry: 'industry:nev',
          first: '1000',
        }).toString();
        const res = await fetch(url);
        if (res.status !== 200) throw new Error(`target-list.xlsx: ${res.status}`);
        return res.arrayBuffer();
      },
      raw: (i) =>
        gql(
          'query($c: ID!) { targetList(cityId: $c, industryId: "industry:nev", first: 1000) { segments { candidates { company { id nameZh } score } } } }',
          {
            c: at(inputs.cities, i),
          },
        ),
      baseline: 'the same list, 1,000 candidates a segment, as GraphQL JSON',
    },
    {
      name: 'corridor aggregates after a write (cold)',
      cold: true,
      prepare: () => executor.writeTx('bench.touchCorridor', (tx) => bumpRevisions(tx, touchedIds(['alliance:bench']))),
      graphql: () => gql(OVERVIEW, {}),
      raw: () =>
        raw(async (run) => {
          const facts = buildCorridorFacts(
            (await run(CORRIDOR_CITIES.text)) as never,
            (await run(CORRIDOR_CHAINS.text)) as never,
            (await run(CORRIDOR_COMPANIES.text)) as never,
            (await run(CORRIDOR_INSTITUTIONS.text)) as never,
          );
          return overviewOf(facts, null, null);
        }),
      baseline: 'the four aggregate statements and the same building',
    },
    // The scenario's changes differ every run (a hub leaves, a newcomer arrives), so nothing is memoised; the
    // industry's projection is held by the server after the first run, and read again after a write.
    whatIf('what-if: a hub leaves, a company arrives', false),
    whatIf('what-if after a write (cold)', true),
    {
      name: 'analysis after a write (cold)',
      cold: true,
      prepare: touch,
      graphql: (i) =>
        gql(
          'query($id: ID!) { resilience(industryId: $id) { connectedDownstream cutCompanies { company { id } stranded } } }',
          {
            id: at(inputs.industries, i),
          },
        ),
      raw: (i) => realAnalysis(at(inputs.industries, i)),
      baseline: 'the projection statements and the same in-process analysis',
    },
  ];
}
