/**
 * `npm run bench [-- --scale S|M|L] [--iterations N]`: latency of the API on the synthetic corridor (M by default),
 * each case through GraphQL over HTTP beside the same Cypher through the raw driver, in the same run.
 *
 * The local Neo4j for benchmarks keeps its data in neo4j/bench-<scale> (BENCH_DATA_DIR), loaded once; NEO4J_URI
 * points it elsewhere. Figures are p50/p95 over the iterations after a warm-up, and the ratio GraphQL / raw (p50).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FILES, generateCorridor } from '@g60/seeds/synthetic';
import neo4j from 'neo4j-driver';
import { createServices } from '../src/context.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { loadEnv } from '../src/env.js';
import { createApp } from '../src/http/app.js';
import { importRecords } from '../src/import/importer.js';
import {
  ACTUAL_CITY_LINKS,
  INDUSTRY_FEEDS,
  MEMBER_CITY_IDS,
  SEGMENT_CITY_COUNTS,
  TOP_COMPANIES,
  CANDIDATES,
  PARTNERS,
} from '../src/modules/gaps/gaps.cypher.js';
import { SEARCH_FULLTEXT } from '../src/modules/search/search.cypher.js';
import { toLuceneQuery } from '../src/modules/search/search.service.js';
import { NODE_BY_ID, SUPPLIES_BETWEEN } from '../src/modules/subgraph/subgraph.cypher.js';
import { TRACE_STEP } from '../src/modules/trace/trace.cypher.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { projectRoot } from '../src/paths.js';
import { loadCurated } from '../src/seed/loadSeed.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'M' }, iterations: { type: 'string', default: '30' } },
});
const scale = values.scale?.toUpperCase() as 'S' | 'M' | 'L';
const iterations = Number(values.iterations);
const env = loadEnv();

let local: LocalNeo4j | undefined;
let uri = env.NEO4J_URI;
if (!uri) {
  local = await startLocalNeo4j({
    port: env.NEO4J_BOLT_PORT === 7687 ? 7697 : env.NEO4J_BOLT_PORT,
    homeDir: process.env.BENCH_DATA_DIR ?? join(projectRoot, 'neo4j', `bench-${scale}`),
    heapMiB: env.NEO4J_HEAP,
    pageCacheMiB: env.NEO4J_PAGECACHE,
    log: (l) => console.error(l),
  });
  uri = local.uri;
}
const driver = createDriver({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
const executor = new Executor(driver, { database: env.NEO4J_DATABASE, timeoutMs: 120_000 });
await migrate(executor);

// Load the synthetic corridor once per data folder.
const corridor = generateCorridor(scale, 60);
const { records } = await driver.executeQuery('MATCH (c:Company) WHERE c.synthetic RETURN count(c) AS n');
if ((records[0]?.get('n') as number) !== corridor.files.companies.length) {
  console.error(`Loading the synthetic corridor ${scale} (once for this data folder)…`);
  await loadCurated(executor);
  for (const file of EXPORT_FILES) {
    await importRecords(
      executor,
      corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> })),
    );
  }
}

const { express } = await createApp(createServices(executor), { webDist: '/nonexistent' });
const server: Server = express.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function gql(query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors[0]?.message);
}

/** The raw baseline: statement text and parameters straight to the driver, no executor, no zod, no GraphQL. */
async function raw(statements: { text: string; params: Record<string, unknown> }[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead(async (tx) => {
      for (const s of statements) await tx.run(s.text, s.params);
    });
  } finally {
    await session.close();
  }
}

/** Raw BFS with the same statements trace uses. */
async function rawTrace(companyId: string, depth: number, direction: 'UPSTREAM' | 'DOWNSTREAM'): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead(async (tx) => {
      const start = await tx.run(NODE_BY_ID.Company.text, { id: companyId });
      const seen = [start.records[0]?.get('eid') as string];
      let frontier = [...seen];
      for (let d = 1; d <= depth && frontier.length > 0; d++) {
        const step = TRACE_STEP[direction];
        const found = await tx.run(step.text, {
          frontier,
          seen,
          cap: 501 - seen.length,
          industryId: null,
          cityIds: null,
        });
        frontier = found.records.map((r) => r.get('eid') as string);
        seen.push(...frontier);
      }
      await tx.run(SUPPLIES_BETWEEN.text, { eids: seen });
    });
  } finally {
    await session.close();
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function measure(run: (i: number) => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

// Inputs: the same deterministic picks every run.
const pick = async (text: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(text, params)).records.map((r) => r.get(0) as string);
const hubs = await pick(
  'MATCH (c:Company)-[:SUPPLIES]->() WHERE c.synthetic WITH c, count(*) AS n ORDER BY n DESC, c.id SKIP 20 LIMIT 10 RETURN c.id',
);
const customers = await pick(
  'MATCH (c:Company)<-[:SUPPLIES]-() WHERE c.synthetic WITH c, count(*) AS n WHERE n >= 3 RETURN c.id ORDER BY c.id LIMIT 10',
);
const industries = ['industry:nev', 'industry:ic', 'industry:biomedicine', 'industry:ai', 'industry:robotics'];
const terms = ['苏州瑞芯', '电芯', '合肥', '半导体材料', '杭州智', '磁性材料', '嘉兴华', '芜湖'];
const cities = (await driver.executeQuery(MEMBER_CITY_IDS.text)).records.map((r) => r.get('id') as string);
const at = <T>(list: T[], i: number) => list[i % list.length] as T;

const cases: { name: string; graphql: (i: number) => Promise<void>; raw: (i: number) => Promise<void> }[] = [
  {
    name: 'search',
    graphql: (i) =>
      gql('query($t: String!) { search(text: $t, first: 20) { score node { id nameZh } } }', { t: at(terms, i) }),
    raw: (i) =>
      raw([
        {
          text: SEARCH_FULLTEXT.text,
          params: { text: at(terms, i), labels: null, first: 20, lucene: toLuceneQuery(at(terms, i)), candidates: 100 },
        },
      ]),
  },
  ...[2, 4].map((depth) => ({
    name: `trace depth ${depth}`,
    graphql: (i: number) =>
      gql(
        'query($id: ID!, $d: Int) { trace(companyId: $id, direction: DOWNSTREAM, maxDepth: $d, limit: 500) { truncated nodes { id tier } edges { id } } }',
        {
          id: at(hubs, i),
          d: depth,
        },
      ),
    raw: (i: number) => rawTrace(at(hubs, i), depth, 'DOWNSTREAM'),
  })),
  {
    name: 'chainCoverage',
    graphql: (i) =>
      gql('query($id: ID!) { chainCoverage(industryId: $id) { rows { total status cells { count status } } } }', {
        id: at(industries, i),
      }),
    raw: (i) => raw([{ text: SEGMENT_CITY_COUNTS.text, params: { industryId: at(industries, i), cityIds: cities } }]),
  },
  {
    name: 'supplierGaps',
    graphql: (i) =>
      gql(
        'query($id: ID!) { supplierGaps(companyId: $id) { segments { isGap partners { id } candidates { company { id } score } } } }',
        { id: at(customers, i) },
      ),
    raw: async (i) => {
      const companyId = at(customers, i);
      const partners = await driver.executeQuery(PARTNERS.UPSTREAM.text, { companyId });
      const segmentIds = partners.records
        .filter((r) => (r.get('partnerIds') as string[]).length === 0)
        .map((r) => r.get('segmentId') as string);
      await raw([{ text: CANDIDATES.UPSTREAM.text, params: { companyId, segmentIds } }]);
    },
  },
  {
    name: 'collaborationGaps',
    graphql: (i) =>
      gql(
        'query($id: ID!) { collaborationGaps(industryId: $id, first: 10) { potential actual bestUnlinked { supplier { id } customer { id } } } }',
        { id: at(industries, i) },
      ),
    raw: (i) =>
      raw([
        { text: INDUSTRY_FEEDS.text, params: { industryId: at(industries, i) } },
        { text: SEGMENT_CITY_COUNTS.text, params: { industryId: at(industries, i), cityIds: cities } },
        { text: ACTUAL_CITY_LINKS.text, params: { industryId: at(industries, i) } },
        { text: TOP_COMPANIES.text, params: { industryId: at(industries, i), top: 3 } },
      ]),
  },
];

console.log(
  `\nG60 Chain Explorer bench — scale ${scale}, ${iterations} iterations after 3 warm-up, ${new Date().toISOString()}`,
);
console.log('case                 GraphQL p50   p95 (ms)   raw driver p50   p95 (ms)   ratio p50');
for (const c of cases) {
  const g = await measure(c.graphql);
  const r = await measure(c.raw);
  console.log(
    `${c.name.padEnd(20)} ${g.p50.toFixed(1).padStart(11)} ${g.p95.toFixed(1).padStart(9)} ${r.p50.toFixed(1).padStart(16)} ${r.p95.toFixed(1).padStart(10)} ${(g.p50 / r.p50).toFixed(2).padStart(10)}×`,
  );
}

await new Promise((r) => server.close(r));
await driver.close();
await local?.stop();
