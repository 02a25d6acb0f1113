/**
 * Every argument of every root field, and of the paged fields below them, sent values nobody should send: numbers
 * huge, negative and fractional; strings carrying Cypher, Lucene and HTML injections, control characters and
 * 10,000 characters. The cases come from the schema, so a new field or argument is covered the day it is added.
 * Each answer is a 4xx or a coded GraphQL error — never a 5xx, INTERNAL, a stack or a server path — the graph is
 * unchanged afterwards, and the server's heap is as large after a second round as after the first.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../test/app.js';
import { smallCorridor } from '../../test/fixtures.js';
import { buildSchema } from '../graphql/schema.js';

const ADMIN = 'hostile-suite-admin-token-0123456789';
const INDUSTRY = [
  { kind: 'Industry', id: 'industry:h', nameZh: '测试产业' },
  { kind: 'Segment', id: 'segment:h.a', nameZh: '测试环节', stage: 'UPSTREAM', position: 1 },
  { kind: 'PART_OF', from: 'segment:h.a', to: 'industry:h' },
].map((value, i) => ({ line: 1000 + i, value }));

// Mutations run with the admin token, so that hostile values reach the services instead of stopping at FORBIDDEN.
const stage = stageApp(() => [...smallCorridor(), ...INDUSTRY], {
  adminToken: ADMIN,
  rateLimits: { perKey: 1e6, perAddress: 1e6, costPerKey: 1e9, costPerAddress: 1e9, concurrentPerCaller: 100 },
});

const INTS = [-1, 2_147_483_647, 1.5];
const FLOATS = [-1e308, 1e308];
const STRINGS = [
  `company:x"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 RETURN n; CALL dbms.killQueries([]) //`,
  '*:* OR nameZh:东磁~ AND (((( ^10 \\',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '\u0000\u0008\u001b[31m\ud7ff\ufeff',
  'x'.repeat(10_000),
];

/** A harmless value for an argument the case does not attack. */
function plain(arg: GraphQLArgument): unknown {
  const named = getNamedType(arg.type);
  const one = (() => {
    if (isEnumType(named)) return named.getValues()[0]?.value;
    if (named.name === 'Int' || named.name === 'Float') return 1;
    if (named.name === 'Boolean') return false;
    if (named.name === 'JSON') return { kind: 'City', id: 'city:jinhua' };
    if (/industry/i.test(arg.name)) return 'industry:h';
    if (/city/i.test(arg.name)) return 'city:jinhua';
    if (named.name === 'String') return '东磁';
    return 'company:dmegc';
  })();
  return isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [one] : one;
}

/** What the field's answer is read with: nothing for a scalar, else its type name. */
const selection = (field: GraphQLField<unknown, unknown>) =>
  isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One case per (argument, hostile value): the argument as a variable, every other required one plain. */
function casesFor(
  root: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  wrap: (inner: string) => string = (s) => s,
): Case[] {
  const cases: Case[] = [];
  for (const target of field.args) {
    const named = getNamedType(target.type);
    if (isInputObjectType(named)) continue; // Input objects are covered through their own fields' validation.
    const values =
      named.name === 'Int'
        ? INTS
        : named.name === 'Float'
          ? FLOATS
          : ['ID', 'String'].includes(named.name)
            ? STRINGS
            : [];
    for (const hostile of values) {
      const used = field.args.filter((a) => a === target || isNonNullType(a.type));
      const decl = used.map((a) => `$${a.name}: ${String(a.type as GraphQLInputType)}`).join(', ');
      const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const variables = Object.fromEntries(
        used.map((a) => [
          a.name,
          a === target ? (isListType(isNonNullType(a.type) ? a.type.ofType : a.type) ? [hostile] : hostile) : plain(a),
        ]),
      );
      cases.push({
        name: `${field.name}(${target.name}: ${JSON.stringify(hostile).slice(0, 24)})`,
        query: `${root} (${decl}) { ${wrap(`${field.name}(${call})${selection(field)}`)} }`,
        variables,
      });
    }
  }
  return cases;
}

function allCases(): Case[] {
  const schema = buildSchema();
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const cases: Case[] = [];
  for (const field of Object.values(query?.getFields() ?? {})) cases.push(...casesFor('query', field));
  for (const field of Object.values(mutation?.getFields() ?? {})) cases.push(...casesFor('mutation', field));
  // The paged fields inside objects, reached through a root field that finds their object.
  const company = schema.getType('Company');
  const city = schema.getType('City');
  if (isObjectType(company)) {
    for (const name of ['suppliers', 'customers'] as const) {
      const field = company.getFields()[name];
      if (field) cases.push(...casesFor('query', field, (inner) => `company(id: "company:dmegc") { ${inner} }`));
    }
  }
  if (isObjectType(city)) {
    const field = city.getFields().companies;
    if (field) cases.push(...casesFor('query', field, (inner) => `city(id: "city:jinhua") { ${inner} }`));
  }
  return cases;
}

const ACCEPTED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'CONSTRAINT_VIOLATION',
]);

interface Outcome {
  status: number;
  code: string;
}

async function send(c: Case): Promise<Outcome> {
  const res = await fetch(`${stage.app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await res.text();
  expect(res.status, `${c.name}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
  // Messages may quote the caller's own value back; what must never show is the server's.
  const own = STRINGS.reduce((t, v) => t.split(JSON.stringify(v).slice(1, -1)).join('…'), text);
  expect(own).not.toMatch(/\bat .*\(|node_modules|\/work\/|\/home\/|Neo4jError|MATCH \(|<html/i);
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  for (const code of codes) expect(ACCEPTED, `${c.name}: ${text.slice(0, 300)}`).toContain(code);
  return { status: res.status, code: codes[0] ?? 'OK' };
}

const cases = allCases();

/** The server's heap after a full collection, in MB (the test app runs in this process). */
function heapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('hostile arguments, from the schema', () => {
  it(`answers all ${cases.length} with a 4xx or a coded error, leaves the graph as it was, and holds its memory`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const facts = async () =>
      JSON.stringify(
        await stage.graph.query(
          // Revisions and kept results are bookkeeping: a read may keep the corridor's aggregates.
          'MATCH (n) WHERE NOT (n:IndustryRevision OR n:AnalysisResult OR n:CorridorRevision OR n:CorridorResult) ' +
            'OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r',
        ),
      );
    const before = await facts();
    const tally = new Map<string, number>();
    const heapAtStart = heapMb();
    for (const c of cases) {
      const { status, code } = await send(c);
      const key = `${status} ${code}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const heapAfterFirst = heapMb();
    for (const c of cases) await send(c);
    const heapAfterSecond = heapMb();
    console.log(
      `hostile arguments: ${cases.length} cases; ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}; ` +
        `heap ${heapAtStart.toFixed(1)} → ${heapAfterFirst.toFixed(1)} → ${heapAfterSecond.toFixed(1)} MB`,
    );
    expect(await facts()).toBe(before);
    // The first round fills caches (parsed documents, loaders' prepared queries); a second must add nothing.
    expect(heapAfterSecond - heapAfterFirst).toBeLessThan(8);
  }, 240_000);
});
