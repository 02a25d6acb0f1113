/**
 * The offline bulk load gives the same graph as the online import: the curated data set and the hand-built chain
 * go in both ways — online into the suite's Neo4j, offline into a fresh store started on its own — and every node
 * and link, with every property and its type, is compared.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_LABELS } from '@g60/graph-schema';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture } from '../../../test/chainFixture.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { Executor } from '../../db/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/localNeo4j.js';
import { CURATED_DIR } from '../../seed/loadSeed.js';
import { importRecords } from '../importer.js';
import { readRecords, type RawRecord } from '../parse.js';
import { validateForBulk, type BulkInput } from './bulkInput.js';
import { bulkLoad, BulkLoadError } from './bulkLoad.js';
import { fillEmptyArrays } from './emptyArrays.js';

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
const home = join(mkdtempSync(join(tmpdir(), 'g60-bulk-test-')), 'home');

beforeAll(async () => {
  for (const f of readdirSync(CURATED_DIR)
    .filter((f) => /\.(json|jsonl|csv)$/.test(f))
    .sort()) {
    inputs.push({ name: f, raw: await readRecords(join(CURATED_DIR, f)) });
  }
  inputs.push({ name: 'chain.json', raw: chainFixture() });
  graph = await openTestGraph();
  await graph.reset();
  for (const input of inputs) {
    const summary = await importRecords(graph.executor, input.raw);
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
    const { records, errors } = validateForBulk(inputs);
    expect(errors).toEqual([]);
    const summary = await bulkLoad(records, { homeDir: home, heapMiB: 512 });
    expect(summary.relationships).toBeGreaterThan(100);
    local = await startLocalNeo4j({ port: await freePort(), homeDir: home, heapMiB: 512, pageCacheMiB: 128 });
    bulkDriver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
    await fillEmptyArrays(new Executor(bulkDriver, { timeoutMs: 60_000 }), summary.emptyArrays);
    const online = await dump(graph.executor.driver);
    const offline = await dump(bulkDriver);
    expect(offline.length).toBe(online.length);
    expect(offline).toEqual(online);
  }, 240_000);

  it('refuses a store that already holds a database', async () => {
    await expect(bulkLoad([], { homeDir: home, heapMiB: 512 })).rejects.toBeInstanceOf(BulkLoadError);
  });

  it('names every input problem by file and line: a link to a node not in the input, an id given twice', () => {
    const extra: RawRecord[] = [
      { line: 1, value: { kind: 'SUPPLIES', from: 'company:t-a1', to: 'company:nowhere' } },
      { line: 2, value: { kind: 'Company', id: 'company:t-a1', nameZh: '重复' } },
    ];
    const { errors } = validateForBulk([...inputs, { name: 'extra.json', raw: extra }]);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'extra.json',
        line: 2,
        field: 'id',
        message: expect.stringMatching(/chain.json:/),
      }),
      expect.objectContaining({ file: 'extra.json', line: 1, field: 'to', message: expect.stringMatching(/no node/) }),
    ]);
  });
});
