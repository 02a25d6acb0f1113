/**
 * A burst of whole-industry analyses does not hold up light queries. The test holds the admission gate itself (as a
 * long computation would), so that what it checks is order, not timing: analyses wait in the gate's bounded queue
 * or are turned away at once, while searches, lookups and traces are answered in the meantime.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.js';
import { smallCorridor } from '../../../test/fixtures.js';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { createGate } from '../../admission.js';
import { importRecords } from '../../import/importer.js';

const INDUSTRIES = ['industry:b1', 'industry:b2', 'industry:b3'];

let graph: TestGraph;
let app: TestApp;
let release: () => void = () => {};
const gate = createGate(1, 2);

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  const industries = INDUSTRIES.flatMap((id, i) => [
    { kind: 'Industry', id, nameZh: `突发测试产业${i}` },
    { kind: 'Segment', id: `segment:b${i}.a`, nameZh: `环节${i}`, stage: 'UPSTREAM', position: 1 },
    { kind: 'PART_OF', from: `segment:b${i}.a`, to: id },
  ]);
  const { errors } = await importRecords(graph.executor, [
    ...smallCorridor(),
    ...industries.map((value, i) => ({ line: 2000 + i, value })),
  ]);
  expect(errors).toEqual([]);
  app = await startTestApp(graph, {}, { expensiveConcurrency: 1, expensiveQueue: 2, gate });
});
afterAll(async () => {
  release();
  await app.close();
  await graph.close();
});

const ANALYSIS = 'query($id: ID!) { resilience(industryId: $id) { connectedDownstream } }';
const LIGHT = [
  '{ search(text: "东磁") { score } }',
  '{ company(id: "company:dmegc") { nameZh suppliers(first: 5) { edges { node { id } } } } }',
  '{ trace(companyId: "company:dmegc", maxDepth: 3) { truncated nodes { id } } }',
  '{ cities { id } }',
];

it('answers light queries while analyses wait for the gate, and turns away analyses past its queue', async () => {
  // A computation in progress: the gate's one place is taken until the test lets go.
  const held = gate.run(() => new Promise<void>((r) => (release = r)));
  const finished: string[] = [];
  const queued = INDUSTRIES.slice(0, 2).map((id) =>
    app.gql(ANALYSIS, { id }).then((body) => {
      finished.push(id);
      return body;
    }),
  );
  await new Promise((r) => setTimeout(r, 200));
  // The queue holds two: the third is told at once to come back.
  const turnedAway = await app.gql(ANALYSIS, { id: INDUSTRIES[2] });
  expect(turnedAway.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');

  const timings: number[] = [];
  for (const query of LIGHT) {
    const started = performance.now();
    const body = await app.gql(query);
    timings.push(performance.now() - started);
    expect(body.errors, query).toBeUndefined();
  }
  // Every light answer came while both analyses were still waiting.
  expect(finished).toEqual([]);
  console.log(`light queries during a held gate: ${timings.map((t) => t.toFixed(0)).join(', ')} ms`);

  release();
  await held;
  for (const body of await Promise.all(queued)) {
    expect(body.errors).toBeUndefined();
    expect(body.data?.resilience).toBeDefined();
  }
});
