/**
 * The curated G60 data set against the five articles: it loads cleanly and idempotently, every curated node and
 * link carries a citation, every quote is the article's own words, and the graph states the facts below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_LABELS } from '@g60/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { ImportStore } from '../import/import.store.js';
import { loadCurated } from './loadSeed.js';
import type { ImportSummary } from '../import/importer.js';

const ARTICLES = join(projectRoot, 'seeds', 'articles');
const A0 = 'source:a000-cnstock-2020';
const A1 = 'source:a001-people-2018';
const A2 = 'source:a002-thepaper-2018';
const A3 = 'source:a003-stcn-2021';
const A4 = 'source:a004-zjqsh-2017';

let graph: TestGraph;
let first: ImportSummary[];
let second: ImportSummary[];

const total = (summaries: ImportSummary[], key: 'created' | 'updated' | 'unchanged' | 'invalid') =>
  summaries.reduce((n, s) => n + s[key], 0);

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  const imports = new ImportStore(graph.executor);
  first = await loadCurated(imports);
  second = await loadCurated(imports);
}, 240_000);
afterAll(() => graph.close());

describe('curated data set', () => {
  it('loads with zero invalid rows, and loading it again changes nothing', () => {
    expect(total(first, 'invalid')).toBe(0);
    expect(total(first, 'created')).toBeGreaterThan(400);
    expect(total(second, 'created')).toBe(0);
    expect(total(second, 'updated')).toBe(0);
    expect(total(second, 'unchanged')).toBe(total(first, 'created'));
  });

  it('marks nothing curated as synthetic', async () => {
    const [row] = await graph.query('MATCH (n) WHERE n.synthetic RETURN count(n) AS n');
    expect(row?.n).toBe(0);
  });

  it('leaves no curated node without a citation', async () => {
    const rows = await graph.query(
      // Facts only: API keys, revisions and stored analysis results are the server's own bookkeeping.
      `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND NOT (n)-[:CITED_IN]->(:Source)
       RETURN n.id AS id ORDER BY id`,
      { labels: NODE_LABELS.filter((l) => l !== 'Source') },
    );
    expect(rows).toEqual([]);
  });

  it('leaves no curated link without a source and a quote', async () => {
    const rows = await graph.query(`
      MATCH (a)-[r]->(b) WHERE type(r) <> 'CITED_IN'
        AND (size(coalesce(r.sources, [])) = 0 OR coalesce(r.quote, '') = '')
      RETURN a.id + ' ' + type(r) + ' ' + b.id AS link`);
    expect(rows).toEqual([]);
  });

  it('quotes every article in its own words: each quote is a verbatim passage of the cited file', async () => {
    const files = new Map(
      (await graph.query('MATCH (s:Source) WHERE s.file IS NOT NULL RETURN s.id AS id, s.file AS file')).map((r) => [
        r.id as string,
        readFileSync(join(ARTICLES, r.file as string), 'utf8'),
      ]),
    );
    expect(files.size).toBe(5);
    const quotes = await graph.query(`
      CALL () {
        MATCH (n)-[c:CITED_IN]->(s:Source) RETURN n.id AS what, s.id AS source, c.quote AS quote
        UNION ALL
        MATCH (a)-[r]->(b) WHERE type(r) <> 'CITED_IN'
        UNWIND r.sources AS source
        RETURN a.id + ' ' + type(r) + ' ' + b.id AS what, source, r.quote AS quote
      }
      RETURN what, source, quote`);
    const misquoted = quotes
      .filter((q) => files.has(q.source as string))
      .filter((q) => !files.get(q.source as string)?.includes(q.quote as string))
      .map((q) => `${q.what as string} ← ${q.source as string}: ${q.quote as string}`);
    expect(misquoted).toEqual([]);
    expect(quotes.filter((q) => files.has(q.source as string)).length).toBeGreaterThan(150);
  });

  it('cites domain knowledge, never an article, for every chain-template segment and FEEDS link', async () => {
    const rows = await graph.query(`
      MATCH (s:Segment)-[:CITED_IN]->(src:Source) WHERE src.file IS NOT NULL RETURN s.id AS id
      UNION
      MATCH (s:Segment)-[f:FEEDS]->() WHERE f.sources <> ['source:domain-knowledge'] RETURN s.id AS id`);
    expect(rows).toEqual([]);
  });
});

/** A link the articles state, and the article that states it. */
type LinkFact = [from: string, type: string, to: string, source: string, props?: Record<string, unknown>];
/** Properties of an entity the articles state, and the article that states them. */
type NodeFact = [id: string, props: Record<string, unknown>, source: string];

const linkFacts: LinkFact[] = [
  ['alliance:new-materials', 'HOSTED_IN', 'city:jinhua', A1],
  ['alliance:new-materials', 'FOCUSES_ON', 'industry:new-materials', A1],
  ['company:hengdian-dmegc', 'MEMBER_OF', 'alliance:new-materials', A1, { role: 'CHAIR' }],
  ['alliance:robotics', 'HOSTED_IN', 'city:wuhu', A1],
  ['alliance:icv', 'HOSTED_IN', 'city:suzhou', A1],
  ['alliance:new-energy', 'HOSTED_IN', 'city:xuancheng', A1],
  ['alliance:nev', 'HOSTED_IN', 'city:hefei', A1],
  ['park:sip', 'MEMBER_OF', 'alliance:parks', A1, { role: 'CHAIR' }],
  ['park:g60-iot-demo-yaohai', 'LOCATED_IN', 'city:hefei', A1],
  ['park:yiwu-optoelectronics', 'LOCATED_IN', 'city:jinhua', A1],
  ['park:suyu-biomedicine', 'LOCATED_IN', 'city:changshu', A1],
  ['company:innuovo', 'LOCATED_IN', 'city:jinhua', A1],
  ['company:kaiwen-magnet', 'OPERATES_IN', 'segment:new-materials.magnetic', A1],
  ['agreement:hujiahang-g60-2017', 'SIGNED_BY', 'city:songjiang', A4],
  ['agreement:hujiahang-g60-2017', 'SIGNED_BY', 'city:hangzhou', A4],
  ['agreement:hujiahang-g60-2017', 'SIGNED_BY', 'city:jiaxing', A4],
  ['agreement:shanghai-west-five-districts-2020', 'SIGNED_BY', 'city:qingpu', A0],
  ['agreement:head-enterprises-cooperation-2020', 'SIGNED_BY', 'company:comac', A0],
  ['project:wuhu-nev-battery-core-parts', 'LOCATED_IN', 'city:wuhu', A0],
  ['project:wuhu-nev-battery-core-parts', 'FOCUSES_ON', 'industry:nev', A0],
  ['company:zhifei', 'PARTICIPATES_IN', 'project:hefei-zhifei-cytiva', A0],
  ['company:cytiva', 'PARTICIPATES_IN', 'project:hefei-zhifei-cytiva', A0],
  ['project:songjiang-body-welding', 'LOCATED_IN', 'city:songjiang', A0],
  ['park:zhangjiang-yrd-sci-city', 'LOCATED_IN', 'city:pinghu', A2],
  ['park:kunshan-sirna-biomedicine', 'LOCATED_IN', 'city:kunshan', A3],
  ['company:tencent-youtu-lab', 'LOCATED_IN', 'city:songjiang', A3],
];

const nodeFacts: NodeFact[] = [
  ['alliance:new-materials', { founded: '2017-11', memberCount: 80, status: 'ESTABLISHED' }, A1],
  ['alliance:robotics', { founded: '2017-12' }, A1],
  ['alliance:nev', { status: 'PLANNED' }, A1],
  ['alliance:zjtx-sme', { founded: '2021-11-08', status: 'ESTABLISHED' }, A3],
  ['park:yiwu-optoelectronics', { status: 'PLANNED' }, A1],
  ['park:hewubeng', { level: 'NATIONAL' }, A1],
  ['park:tuspark-caohejing', { level: 'DEMONSTRATION' }, A3],
  ['city:shaoxing', { role: 'APPLICANT' }, A1],
  ['city:changzhou', { role: 'APPLICANT' }, A1],
  ['agreement:hujiahang-g60-2017', { signedOn: '2017-07-12', status: 'SIGNED' }, A4],
  ['agreement:made-in-china-2025-g60', { status: 'PLANNED' }, A4],
  ['agreement:g60-14th-fyp-manufacturing-2021', { signedOn: '2021-11-08', status: 'PUBLISHED' }, A3],
  ['agreement:yrd-three-year-action-plan', { status: 'DRAFTING' }, A2],
  ['agreement:opening-up-30-2018', { signedOn: '2018' }, A0],
  ['industry:civil-aviation', { nameZh: '民用航空' }, A3],
];

describe('facts of the articles, with their citations', () => {
  it('cites each of the five articles for at least five facts of the graph', async () => {
    const rows = await graph.query(`
      MATCH (s:Source) WHERE s.file IS NOT NULL
      RETURN s.id AS id,
             COUNT { ()-[:CITED_IN]->(s) } + COUNT { MATCH ()-[r]->() WHERE s.id IN coalesce(r.sources, []) RETURN r } AS n
      ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([A0, A1, A2, A3, A4]);
    for (const row of rows) expect(row.n, `${row.id as string}`).toBeGreaterThanOrEqual(5);
  });

  it.each(linkFacts)('%s -[%s]-> %s (cited to %s)', async (from, type, to, source, props = {}) => {
    const rows = await graph.query(
      `MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE type(r) = $type RETURN properties(r) AS r`,
      { from, to, type },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.r).toMatchObject({
      ...props,
      sources: expect.arrayContaining([source]),
      quote: expect.any(String),
    });
  });

  it.each(nodeFacts)('%s has %o (cited to %s)', async (id, props, source) => {
    const rows = await graph.query(
      'MATCH (n {id: $id})-[c:CITED_IN]->(s:Source {id: $source}) RETURN properties(n) AS n, c.quote AS quote',
      { id, source },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.n).toMatchObject(props);
    expect(rows[0]?.quote).toEqual(expect.any(String));
  });
});
