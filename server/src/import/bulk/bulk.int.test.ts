/**
 * The offline bulk load gives the same graph as the online import: the curated data set and the hand-built chain
 * go in both ways — online into the suite's Neo4j, offline into a fresh store started on its own — and every node
 * and link, with every property and its type, is compared. The synthetic corridor's streamed bulk load (the only
 * way XL loads) is checked at scale S against the same corridor generated in memory.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_LABELS } from '@g60/graph-schema';
import { EXPORT_FILES, generateCorridor, SCALES, toJsonLines } from '@g60/seeds/synthetic';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture } from '../../../test/chainFixture.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { Executor } from '../../db/executor.js';
import { loadEnv } from '../../env.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/localNeo4j.js';
import { curatedFiles } from '../../seed/loadSeed.js';
import { bulkLoadSynthetic } from '../../seed/syntheticLoad.js';
import { ImportStore } from '../import.store.js';
import { importRecords } from '../importer.js';
import { readRecords } from '../parse.js';
import { writeInputs, type BulkInput } from './bulkInput.js';
import { bulkImport, BulkLoadError } from './bulkLoad.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** A property as `key=value:TYPE`, lists joined: equal lines mean equal values of equal Cypher types. */
const PROPS = `reduce(s = '', k IN keys(x) | s + ' ' + k + '=' +
  CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN reduce(t = '', e IN x[k] | t + toString(e) + '|')
       ELSE toString(x[k]) END + ':' + replace(valueType(x[k]), ' NOT NULL', ''))`;

/** Every node and link of the facts, with properties and their types, in a canonical order. */
async function dump(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    `MATCH (x) WHERE any(l IN labels(x) WHERE l IN $labels) RETURN labels(x)[0] + ${PROPS} AS line`,
    { labels: [...NODE_LABELS] },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[x]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
     RETURN a.id + '-' + type(x) + '->' + b.id + ${PROPS} AS line`,
  );
  const canonical = (line: string) => {
    const [head, ...props] = line.split(' ');
    return [head, ...props.sort()].join(' ');
  };
  return [...nodes.records, ...rels.records].map((r) => canonical(r.get('line') as string)).sort();
}

const inputs: BulkInput[] = [];
let graph: TestGraph;
let local: LocalNeo4j | undefined;
let bulkDriver: Driver | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'g60-bulk-test-'));
const home = join(scratch, 'home');

beforeAll(async () => {
  for (const { name, path } of curatedFiles()) inputs.push({ name, raw: await readRecords(path) });
  inputs.push({ name: 'chain.json', raw: chainFixture() });
  graph = await openTestGraph();
  await graph.reset();
  const imports = new ImportStore(graph.executor);
  for (const input of inputs) {
    const summary = await importRecords(imports, input.raw);
    if (!summary.written) throw new Error(`${input.name} does not import: ${JSON.stringify(summary.errors[0])}`);
  }
}, 240_000);

afterAll(async () => {
  await bulkDriver?.close();
  await local?.stop();
  await graph?.close();
});

describe('bulk load', () => {
  it('gives the same nodes, links and typed properties as the online import', async () => {
    const writer = await writeInputs(inputs)(mkdtempSync(join(scratch, 'csv-')));
    expect(writer.errors).toEqual([]);
    const files = await writer.finish();
    const summary = await bulkImport(files, { homeDir: home, heapMiB: 512 });
    expect(summary.relationships).toBeGreaterThan(100);
    local = await startLocalNeo4j({ port: await freePort(), homeDir: home, heapMiB: 512, pageCacheMiB: 128 });
    bulkDriver = neo4j.driver(local.uri, neo4j.auth.basic(local.auth.user, local.auth.password), {
      disableLosslessIntegers: true,
    });
    await new ImportStore(new Executor(bulkDriver, { timeoutMs: 60_000 })).fillEmptyArrays(files.emptyArrays);
    const online = await dump(graph.executor.driver);
    const offline = await dump(bulkDriver);
    expect(offline.length).toBe(online.length);
    expect(offline).toEqual(online);
  }, 240_000);

  it('refuses a store that already holds a database', async () => {
    const files = await new (await import('./bulkCsv.js')).BulkCsvWriter(scratch).finish();
    await expect(bulkImport(files, { homeDir: home, heapMiB: 512 })).rejects.toBeInstanceOf(BulkLoadError);
  });

  it('streams the synthetic corridor into an empty store: the export and the graph are those of the generator', async () => {
    await bulkDriver?.close();
    await local?.stop();
    local = undefined;
    const out = join(scratch, 'export');
    const env = { ...loadEnv({}), NEO4J_DATA_DIR: join(scratch, 'synthetic'), NEO4J_BOLT_PORT: await freePort() };
    const result = await bulkLoadSynthetic(env, { scale: 'S', seed: 60, out, log: () => {} });
    expect(result.errorCount).toBe(0);

    // The streamed export holds the bytes of the corridor generated in memory.
    const lines = toJsonLines(generateCorridor('S', 60));
    const sums = EXPORT_FILES.map((f) => `${createHash('sha256').update(lines[f]).digest('hex')}  ${f}.jsonl\n`).join(
      '',
    );
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toBe(sums);
    expect(result.export.sha256).toBe(createHash('sha256').update(sums).digest('hex'));

    local = await startLocalNeo4j({
      port: env.NEO4J_BOLT_PORT,
      homeDir: env.NEO4J_DATA_DIR,
      heapMiB: 512,
      pageCacheMiB: 128,
    });
    bulkDriver = neo4j.driver(local.uri, neo4j.auth.basic(local.auth.user, local.auth.password), {
      disableLosslessIntegers: true,
    });
    const { records } = await bulkDriver.executeQuery(`
      MATCH (c:Company {synthetic: true}) WITH count(c) AS companies
      MATCH ()-[s:SUPPLIES {synthetic: true}]->() WITH companies, count(s) AS supplies, count(s.sources) AS withSources
      MATCH (c:Company {synthetic: true})-[:LOCATED_IN]->(:City {role: 'MEMBER'})
      RETURN companies, supplies, withSources, count(c) AS placed`);
    expect(records[0]?.toObject()).toEqual({
      companies: SCALES.S.companies,
      supplies: SCALES.S.supplies,
      withSources: SCALES.S.supplies,
      placed: SCALES.S.companies,
    });
    // The migration ran on the first start: the constraints the online import relies on are there.
    const constraints = await bulkDriver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(name) AS n');
    expect(constraints.records[0]?.get('n')).toBeGreaterThan(5);
  }, 240_000);
});
