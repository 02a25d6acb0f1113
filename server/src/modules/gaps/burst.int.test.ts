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
import { ImportStore } from '../../import/import.store.js';

const INDUSTRIES = ['industry:b1', 'industry:b2', 'industry:b3'];

let graph: TestGraph;
let app: TestApp;
let release: () => void = () => {};
const gate = createGate(1, 2);

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  // Each industry a two-segment chain. In the first, 凯文磁钢 (upstream) supplies 横店东磁 (downstream), one company
  // a segment; the others have no companies yet.
  const industries = INDUSTRIES.flatMap((id, i) => {
    const [up, down] = [`${id.replace('industry:', 'segment:')}.up`, `${id.replace('industry:', 'segment:')}.down`];
    return [
      { kind: 'Industry', id, nameZh: `突发测试产业${i}` },
      { kind: 'Segment', id: up, nameZh: `上游${i}`, stage: 'UPSTREAM', position: 1 },
      { kind: 'Segment', id: down, nameZh: `下游${i}`, stage: 'DOWNSTREAM', position: 2 },
      { kind: 'PART_OF', from: up, to: id },
      { kind: 'PART_OF', from: down, to: id },
      { kind: 'FEEDS', from: up, to: down },
    ];
  });
  industries.push(
    { kind: 'OPERATES_IN', from: 'company:kaiwen', to: 'segment:b1.up' },
    { kind: 'OPERATES_IN', from: 'company:dmegc', to: 'segment:b1.down' },
  );
  const { errors } = await importRecords(new ImportStore(graph.executor), [
    ...smallCorridor(),
    ...industries.map((value, i) => ({ line: 2000 + i, value })),
  ]);
  expect(errors).toEqual([]);
  // The queued analyses wait as long as the test holds the gate: a deadline far past it, so that what is checked is
  // the order of answers, whatever the machine's speed.
  app = await startTestApp(graph, { requestDeadlineMs: 120_000 }, { expensiveConcurrency: 1, expensiveQueue: 2, gate });
});
afterAll(async () => {
  release();
  await app.close();
  await graph.close();
});

const ANALYSIS = `query($id: ID!) {
  resilience(industryId: $id) {
    industry { id }
    singleSourceSegments { id }
    missingSegments { id }
    cutCompanies { company { id } stranded }
    connectedDownstream
  }
}`;
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
  // Both wait in the gate's queue, behind the computation that holds its one place (each reads its industry's
  // revision first: on a busy machine that takes a while, hence the generous cap on the wait).
  await expect.poll(() => gate.pendingCount, { timeout: 30_000 }).toBe(2);
  // The queue holds two: the third is told at once to come back.
  const turnedAway = await app.gql(ANALYSIS, { id: INDUSTRIES[2] });
  expect(turnedAway.errors?.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);

  const timings: number[] = [];
  for (const query of LIGHT) {
    const started = performance.now();
    const body = await app.gql(query);
    timings.push(performance.now() - started);
    expect(body.errors ?? [], query).toEqual([]);
  }
  // Every light answer came while both analyses were still waiting.
  expect(finished).toEqual([]);
  console.log(`light queries during a held gate: ${timings.map((t) => t.toFixed(0)).join(', ')} ms`);

  release();
  await held;
  // Let go, the two queued analyses run and answer for their own industry.
  const [first, second] = await Promise.all(queued);
  expect(first?.errors ?? []).toEqual([]);
  expect(first?.data?.resilience).toEqual({
    industry: { id: 'industry:b1' },
    singleSourceSegments: [{ id: 'segment:b1.up' }, { id: 'segment:b1.down' }],
    missingSegments: [],
    // Every supply path to 横店东磁 starts at 凯文磁钢.
    cutCompanies: [{ company: { id: 'company:kaiwen' }, stranded: 1 }],
    connectedDownstream: 1,
  });
  expect(second?.errors ?? []).toEqual([]);
  expect(second?.data?.resilience).toEqual({
    industry: { id: 'industry:b2' },
    singleSourceSegments: [],
    missingSegments: [{ id: 'segment:b2.up' }, { id: 'segment:b2.down' }],
    cutCompanies: [],
    connectedDownstream: 0,
  });
  expect([gate.activeCount, gate.pendingCount]).toEqual([0, 0]);
});
