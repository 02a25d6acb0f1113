import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCorridor } from '../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { createServices } from '../context.js';
import { ImportStore } from '../import/import.store.js';
import { importRecords } from '../import/importer.js';
import { createApp } from './app.js';

let graph: TestGraph;
let server: Server;
let base: string;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, any>;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  await importRecords(new ImportStore(graph.executor), smallCorridor());
  await graph.query('CALL db.awaitIndexes(60)');
  const { express } = await createApp(createServices(graph.executor), { webDist: '/nonexistent' });
  server = express.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await graph.close();
});

describe('GraphQL over HTTP', () => {
  it('answers health with the Neo4j version', async () => {
    const { data } = await gql('{ health { ok neo4j } }');
    expect(data?.health).toEqual({ ok: true, neo4j: expect.stringMatching(/^5\.26\.\d+ community$/) });
  });

  it('serves /healthz as JSON with 200 while Neo4j answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('searches in Chinese and returns typed entities', async () => {
    const { data } = await gql('query($t: String!) { search(text: $t) { node { id kind nameZh } } }', { t: '东磁' });
    expect(data?.search.map((h: { node: unknown }) => h.node)).toContainEqual({
      id: 'company:dmegc',
      kind: 'COMPANY',
      nameZh: '横店集团东磁股份有限公司',
    });
  });

  it('returns a company with its city and citations', async () => {
    const { data } = await gql(
      '{ company(id: "company:dmegc") { nameZh listed city { id nameZh } sources { sourceId title quote } } }',
    );
    expect(data?.company).toEqual({
      nameZh: '横店集团东磁股份有限公司',
      listed: true,
      city: { id: 'city:jinhua', nameZh: '金华' },
      sources: [{ sourceId: 'source:t', title: '测试来源', quote: '横店东磁是联盟理事长单位' }],
    });
  });

  it('resolves node(id) to the right concrete type, and null for unknown ids', async () => {
    const { data } = await gql(
      '{ a: node(id: "city:hefei") { __typename ... on City { province } } b: node(id: "company:nope") { id } }',
    );
    expect(data).toEqual({ a: { __typename: 'City', province: '安徽省' }, b: null });
  });

  it('draws a neighbourhood as a subgraph with city ids for colouring', async () => {
    const { data } = await gql(
      '{ neighborhood(id: "company:dmegc", depth: 1) { truncated nodes { id kind cityId } edges { id kind source target } } }',
    );
    const sub = data?.neighborhood;
    expect(sub.truncated).toBe(false);
    expect(sub.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'alliance:nm',
      'city:jinhua',
      'company:dmegc',
      'company:kaiwen',
    ]);
    expect(sub.nodes.find((n: { id: string }) => n.id === 'company:kaiwen')).toEqual({
      id: 'company:kaiwen',
      kind: 'COMPANY',
      cityId: 'city:jinhua',
    });
    expect(sub.edges).toContainEqual({
      id: 'company:kaiwen-SUPPLIES-company:dmegc',
      kind: 'SUPPLIES',
      source: 'company:kaiwen',
      target: 'company:dmegc',
    });
    // Citations are provenance, not neighbours.
    expect(sub.nodes.some((n: { kind: string }) => n.kind === 'SOURCE')).toBe(false);
  });

  it('caps a neighbourhood at limit, nearest first, and says it was truncated', async () => {
    const { data } = await gql('{ neighborhood(id: "city:jinhua", depth: 2, limit: 3) { truncated nodes { id } } }');
    expect(data?.neighborhood.truncated).toBe(true);
    expect(data?.neighborhood.nodes).toHaveLength(3);
    expect(data?.neighborhood.nodes[0].id).toBe('city:jinhua');
  });

  it('reports bad arguments with BAD_USER_INPUT, the field and the limit', async () => {
    const { errors } = await gql('{ neighborhood(id: "city:jinhua", depth: 7) { truncated } }');
    expect(errors?.[0]).toMatchObject({
      message: 'depth: must be from 1 to 3',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const notFound = await gql('{ neighborhood(id: "city:atlantis") { truncated } }');
    expect(notFound.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
