/**
 * Access over HTTP, walked from the built schema: every mutation, sent to the real server by an anonymous caller and
 * by a read key, is FORBIDDEN, runs no statement and leaves the graph as it was; with anonymous read off, every root
 * field without a key is 401 before GraphQL, and a read key still reads. (scopes.test.ts walks the same fields
 * without a database, and every field that needs a scope.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { smallCorridor } from '../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { operationFor, type Operation } from '../../test/operations.js';
import { Executor, type TypedTx } from '../db/executor.js';
import { ImportStore } from '../import/import.store.js';
import { importRecords } from '../import/importer.js';
import { AccessService } from '../modules/access/access.service.js';
import { AccessStore } from '../modules/access/access.store.js';
import { buildSchema } from './schema.js';

const WRITE_REFUSAL = 'writes need an API key with the write scope: npm run keys -- create --scope write';

const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const queries = Object.values(schema.getQueryType()?.getFields() ?? {});

let graph: TestGraph;
let open: TestApp;
let closed: TestApp;
let readKey: string;
/** The transactions the apps ran, by statement name. */
const statements: string[] = [];

/** An executor on the suite's Neo4j that records every transaction the apps run. */
class CountingExecutor extends Executor {
  override readTx<T>(name: string, work: (tx: TypedTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    statements.push(name);
    return super.readTx(name, work, timeoutMs);
  }

  override writeTx<T>(name: string, work: (tx: TypedTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    statements.push(name);
    return super.writeTx(name, work, timeoutMs);
  }

  override runAutoCommit(name: string, text: string, params?: Record<string, unknown>, timeoutMs?: number) {
    statements.push(name);
    return super.runAutoCommit(name, text, params, timeoutMs);
  }
}

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  const { errors } = await importRecords(new ImportStore(graph.executor), smallCorridor());
  expect(errors).toEqual([]);
  readKey = (await new AccessService(new AccessStore(graph.executor)).create('reader', ['read'])).key;
  const counted = { ...graph, executor: new CountingExecutor(graph.executor.driver, { timeoutMs: 30_000 }) };
  open = await startTestApp(counted);
  closed = await startTestApp(counted, { anonymousRead: false });
  // Each app verifies the key once (then remembers it): done here, so that what the refusals run is nothing.
  for (const app of [open, closed])
    expect((await app.gql('{ health { ok } }', {}, readKey)).data?.health.ok).toBe(true);
});
afterAll(async () => {
  await open?.close();
  await closed?.close();
  await graph?.close();
});

/** Every node by its labels and every relationship by its type: what a write would change. */
const facts = async () =>
  JSON.stringify([
    await graph.query('MATCH (n) RETURN labels(n) AS labels, count(*) AS n ORDER BY labels'),
    await graph.query('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
  ]);

async function post(app: TestApp, { query, variables }: Operation, token?: string) {
  const res = await fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, body };
}

describe('every mutation, from the schema', () => {
  it(`refuses all ${mutations.length} to an anonymous caller and to a read key: FORBIDDEN, no statement run, the graph unchanged`, async () => {
    expect(mutations.length).toBeGreaterThanOrEqual(12);
    const before = await facts();
    const ran = statements.length;
    /** The answers that are not the refusal, by mutation and caller. */
    const notRefused: [string, unknown][] = [];
    for (const mutation of mutations) {
      const operation = operationFor('mutation', mutation);
      for (const [caller, app, token] of [
        ['anonymous', open, undefined],
        ['read key', open, readKey],
        ['read key, anonymous read off', closed, readKey],
      ] as const) {
        const { status, body } = await post(app, operation, token);
        const [error, ...more] = body.errors ?? [];
        const refused =
          status === 200 &&
          body.data === null &&
          more.length === 0 &&
          error?.extensions?.code === 'FORBIDDEN' &&
          error.message === WRITE_REFUSAL;
        if (!refused) notRefused.push([`${mutation.name} by ${caller}`, { status, ...body }]);
      }
    }
    expect(notRefused).toEqual([]);
    expect(statements.slice(ran)).toEqual([]);
    expect(await facts()).toBe(before);
  });
});

describe('with anonymous read off', () => {
  it('answers every root field without a key 401 UNAUTHENTICATED before GraphQL runs it', async () => {
    const ran = statements.length;
    const statuses: Record<string, string> = {};
    for (const [root, fields] of [
      ['query', queries],
      ['mutation', mutations],
    ] as const) {
      for (const field of fields) {
        const { status, body } = await post(closed, operationFor(root, field));
        statuses[field.name] = `${status} ${body.errors?.[0]?.extensions?.code}`;
      }
    }
    expect(Object.keys(statuses).length).toBe(queries.length + mutations.length);
    expect(new Set(Object.values(statuses))).toEqual(new Set(['401 UNAUTHENTICATED']));
    expect(statements.slice(ran)).toEqual([]);
  });

  it('lets a read key read (and what it runs is counted: the counts above are not blind)', async () => {
    const ran = statements.length;
    const { body } = await post(
      closed,
      { query: '{ company(id: "company:dmegc") { nameZh } }', variables: {} },
      readKey,
    );
    expect(body).toEqual({ data: { company: { nameZh: '横店集团东磁股份有限公司' } } });
    expect(statements.length).toBeGreaterThan(ran);
  });
});
