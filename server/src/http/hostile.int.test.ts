/**
 * Requests nobody should send, sent anyway: unparsable and oversized bodies, broken GraphQL, wrong types, ids of
 * the wrong kind. Each gets a 4xx or a coded GraphQL error — never a 5xx, an HTML page, a stack or a server path.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stageApp, startTestApp } from '../../test/app.js';
import { smallCorridor } from '../../test/fixtures.js';

/** A partner site allowed to call the API from its pages. */
const PARTNER = 'https://data.partner.example';

/** One industry with one segment, for the analyses. */
const INDUSTRY = [
  { kind: 'Industry', id: 'industry:h', nameZh: '测试产业' },
  { kind: 'Segment', id: 'segment:h.a', nameZh: '测试环节', stage: 'UPSTREAM', position: 1 },
  { kind: 'PART_OF', from: 'segment:h.a', to: 'industry:h' },
].map((value, i) => ({ line: 1000 + i, value }));

const stage = stageApp(() => [...smallCorridor(), ...INDUSTRY], { corsOrigins: [PARTNER] });

interface Raw {
  status: number;
  type: string;
  text: string;
}

async function post(body: string | Buffer, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${stage.app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** No stack, no absolute path, no driver or Cypher text, and JSON. */
function expectClean(raw: Raw): void {
  expect(raw.type).toMatch(/application\/(graphql-response\+)?json/);
  expect(raw.text).not.toMatch(/\bat .*\(|node_modules|\/work\/|\/home\/|Neo4jError|MATCH \(|<html/i);
}

const codeOf = (raw: Raw) =>
  (JSON.parse(raw.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

describe('hostile HTTP bodies', () => {
  it.each([
    { name: 'malformed JSON', body: '{"query": "{ health { ok } }"' },
    { name: 'JSON that is not an object', body: '42' },
    { name: 'an empty body', body: '' },
  ])('answers $name with 400 and a code', async ({ body }) => {
    const raw = await post(body);
    expect(raw.status).toBe(400);
    expectClean(raw);
    expect(codeOf(raw)).toMatch(/^(BAD_REQUEST|GRAPHQL_PARSE_FAILED)$/);
  });

  it.each([
    ['a query that is a number', '{"query": 42}'],
    ['variables that are a string', '{"query": "{ health { ok } }", "variables": "x"}'],
    ['an operation name that is a number', '{"query": "{ health { ok } }", "operationName": 5}'],
    ['a batch of operations (batching is off)', '[{"query": "{ health { ok } }"}, {"query": "{ health { ok } }"}]'],
    ['no query at all', '{"variables": {}}'],
  ])('answers %s with 400', async (_, body) => {
    const raw = await post(body);
    expect(raw.status).toBe(400);
    expectClean(raw);
    expect(codeOf(raw)).toMatch(/^(BAD_REQUEST|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/);
  });

  it('reads JSON nested 100,000 deep without overflowing its stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const raw = await post(
      `{"query": "mutation($r: [JSON!]!) { importRecords(records: $r) { created } }", "variables": {"r": [${deep}]}}`,
    );
    expect(raw.status).toBeLessThan(500);
    expectClean(raw);
    expect(codeOf(raw)).toBe('FORBIDDEN');
  });

  it('answers a body with bytes that are not UTF-8 with 400', async () => {
    const bytes = Buffer.concat([
      Buffer.from(String.raw`{"query": "{ search(text: \"`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(String.raw`\") { score } }"}`),
    ]);
    // The same body with the bytes as text is valid: the refusal is for the bytes.
    expect(JSON.parse(bytes.toString('latin1'))).toHaveProperty('query');
    const raw = await post(bytes);
    expect(raw.status).toBe(400);
    expectClean(raw);
  });

  it('does not let a variable named __proto__ reach any object prototype', async () => {
    const raw = await post(
      '{"query": "query($t: String!) { search(text: $t) { score } }", "variables": {"t": "东磁", "__proto__": {"polluted": true}}}',
    );
    expect(raw.status).toBeLessThan(500);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded'],
    ['a multipart post', 'multipart/form-data; boundary=x'],
  ])('refuses %s (a cross-site simple request)', async (_, type) => {
    const res = await fetch(`${stage.app.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: 'query=%7Bhealth%7Bok%7D%7D',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('"health"');
  });

  it('refuses a mutation over GET, and other methods, without an HTML page', async () => {
    const get = await fetch(
      `${stage.app.base}/graphql?query=${encodeURIComponent('mutation { deleteCompany(id: "company:dmegc") { ok } }')}`,
      {
        headers: { 'apollo-require-preflight': '1' },
      },
    );
    expect(get.status).toBe(405);
    const put = await fetch(`${stage.app.base}/graphql`, {
      method: 'PUT',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(put.status).toBeGreaterThanOrEqual(400);
    expect(put.status).toBeLessThan(500);
    expect(await put.text()).not.toMatch(/<html|\bat .*\(/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const raw = await post(JSON.stringify({ query: `{ health { ok } } #${'x'.repeat(3_000_000)}` }));
    expect(raw.status).toBe(413);
    expectClean(raw);
    expect(codeOf(raw)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a gzip bomb without inflating it past the limit', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ query: `{ health { ok } } #${' '.repeat(50_000_000)}` })));
    const raw = await post(bomb, { 'content-encoding': 'gzip' });
    expect(raw.status).toBe(413);
    expectClean(raw);
  });

  it('refuses a body in UTF-16 with 415', async () => {
    const raw = await post(Buffer.from(JSON.stringify({ query: '{ health { ok } }' }), 'utf16le'), {
      'content-type': 'application/json; charset=utf-16',
    });
    expect(raw.status).toBe(415);
    expectClean(raw);
  });
});

describe('hostile GraphQL', () => {
  it.each([
    ['a syntax error', '{ health { ok }', 'GRAPHQL_PARSE_FAILED'],
    ['a lone surrogate escape', '{ search(text: "\\uD800") { score } }', 'GRAPHQL_PARSE_FAILED'],
    ['too many tokens', `{ ${'health { ok } '.repeat(800)} }`, 'QUERY_TOO_COMPLEX'],
    [
      'too many aliases',
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    ],
    ['an unknown field', '{ nothing }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a depth bomb',
      `{ company(id: "company:dmegc") { ${'suppliers { edges { node { '.repeat(5)}id${' } } }'.repeat(5)} } }`,
      'QUERY_TOO_COMPLEX',
    ],
    ['a directive bomb', `{ health { ok ${'@include(if: true) '.repeat(60)} } }`, 'QUERY_TOO_COMPLEX'],
    [
      'an introspection depth bomb',
      `{ __schema { types { ${'fields { type { ofType { '.repeat(4)}name${' } } }'.repeat(4)} } } }`,
      'GRAPHQL_VALIDATION_FAILED', // graphql-js's own introspection depth rule
    ],
    [
      'fragments that spread each other',
      'query { company(id: "company:dmegc") { ...A } } fragment A on Company { ...B } fragment B on Company { ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'two operations and no name',
      'query a { health { ok } } query b { health { ok } }',
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a subscription', 'subscription { health { ok } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a string as an Int', '{ search(text: "东磁", first: "20") { score } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an Int beyond 32 bits', '{ search(text: "东磁", first: 99999999999) { score } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown enum value', '{ search(text: "东磁", kinds: [Planet]) { score } }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a float for an Int',
      '{ trace(companyId: "company:dmegc", maxDepth: 1.5) { truncated } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('answers %s with 400 and its code', async (_, query, code) => {
    const raw = await post(JSON.stringify({ query }));
    expect(raw.status).toBe(400);
    expectClean(raw);
    expect(codeOf(raw)).toBe(code);
  });

  it('answers a fragment bomb (each fragment spreading the one before twice, 2^30 fields) at once', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 0 ? 'fragment F0 on Company { nameZh }' : `fragment F${i} on Company { ...F${i - 1} ...F${i - 1} }`,
    );
    const started = performance.now();
    const raw = await post(
      JSON.stringify({ query: `{ company(id: "company:dmegc") { ...F29 } } ${fragments.join(' ')}` }),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    // Refused before pricing or execution: GraphQL Armor counts each spread as a level of depth.
    expect(raw.status).toBe(400);
    expectClean(raw);
    expect(codeOf(raw)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an unknown operation name', async () => {
    const raw = await post(JSON.stringify({ query: 'query a { health { ok } }', operationName: 'b' }));
    expect(raw.status).toBe(400);
    expectClean(raw);
  });

  it('refuses 15 aliases of an analysis before running any of them, priced from variables too', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) =>
        `r${i}: collaborationGaps(industryId: $i, first: $n) { from { id } to { id } bestUnlinked { supplier { id } customer { id } } }`,
    );
    const raw = await post(
      JSON.stringify({
        query: `query($i: ID!, $n: Int) { ${aliases.join(' ')} }`,
        variables: { i: 'industry:h', n: 72 },
      }),
    );
    expect(raw.status).toBe(400);
    expectClean(raw);
    expect(JSON.parse(raw.text).errors[0]).toMatchObject({
      message: expect.stringMatching(/^query cost \d+ is over the limit of 20000/),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 20000 },
    });
    // Eight pages of companies with their segments' chains: cheap at 5 a page, over the budget at 500.
    const page = (k: number) =>
      `p${k}: companies(first: $n) { edges { node { segments { industry { segments { id } } } parks { id } } } }`;
    const deep = `query($n: Int) { ${Array.from({ length: 8 }, (_, k) => page(k)).join(' ')} }`;
    expect(codeOf(await post(JSON.stringify({ query: deep, variables: { n: 500 } })))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(await post(JSON.stringify({ query: deep, variables: { n: 5 } })))).toBeUndefined();
  });

  it.each([
    ['an unknown city', '{ chainCoverage(industryId: "industry:h", cityIds: ["city:atlantis"]) { rows { total } } }'],
    [
      'a company id as a city',
      '{ chainCoverage(industryId: "industry:h", cityIds: ["company:dmegc"]) { rows { total } } }',
    ],
  ])('says NOT_FOUND for %s in chainCoverage', async (_, query) => {
    const raw = await post(JSON.stringify({ query }));
    expectClean(raw);
    expect(JSON.parse(raw.text).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'cityIds' });
  });
});

describe('headers and origins', () => {
  it('sends security headers with every answer, the web app and the API alike', async () => {
    for (const path of ['/', '/graphql?query=%7Bhealth%7Bok%7D%7D', '/healthz']) {
      const res = await fetch(`${stage.app.base}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers a preflight from an allowed origin, and gives any other origin nothing to read', async () => {
    const preflight = (origin: string) =>
      fetch(`${stage.app.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(PARTNER);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site simple request that skips the preflight (CSRF)', async () => {
    const res = await fetch(`${stage.app.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('"health"');
  });
});

describe('deadline', () => {
  it('holds every request to its deadline, through GraphQL down to the database', async () => {
    const hurried = await startTestApp(stage.graph, { requestDeadlineMs: 1 });
    try {
      const { errors } = await hurried.gql('{ search(text: "东磁") { score } }');
      expect(errors?.[0]?.extensions.code).toBe('QUERY_TIMEOUT');
    } finally {
      await hurried.close();
    }
  });
});
