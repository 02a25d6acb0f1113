/**
 * The bench at scale S inside `npm test`, so it cannot rot: every case runs through GraphQL and the raw driver
 * and gives figures. Timings are not asserted (they are for `npm run bench`, not for tests).
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../test/graph.js';
import { runBench } from './run.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph?.close());

it('loads synthetic S and measures every case on both sides', async () => {
  const report = await runBench({
    scale: 'S',
    iterations: 2,
    executor: graph.executor,
    driver: graph.executor.driver,
    neo4j: inject('neo4j'),
    load: { rates: [20], seconds: 1 },
  });
  expect(report.load?.rows).toBeGreaterThan(30_000);
  expect(report.companies).toBeGreaterThanOrEqual(5_000);
  expect(report.cases.map((c) => c.name)).toEqual([
    'search',
    'company card',
    'companies 合肥 × NEV, 50',
    'direct suppliers, 50',
    'trace depth 2 limit 500',
    'trace depth 4 limit 5000',
    'supplierGaps',
    'what-if supplierGaps',
    'chainCoverage (warm)',
    'collaborationGaps (warm)',
    'resilience (warm)',
    'corridorOverview (warm)',
    'overview flow, an industry',
    'drill: cityProfile',
    'drill: segmentCompanies, 50',
    'corridorIndicators (warm)',
    'targetList 20 per segment',
    'targetList, first of its pair (cold)',
    'targetList after a write (cold)',
    'target list XLSX, 1000',
    'corridor aggregates after a write (cold)',
    'what-if: a hub leaves, a company arrives',
    'what-if after a write (cold)',
    'analysis after a write (cold)',
  ]);
  expect(report.loadRun?.steps).toEqual([
    expect.objectContaining({ rate: 20, requests: expect.any(Number), failures: expect.any(Number) }),
  ]);
  expect(report.loadRun?.steps[0]?.requests).toBeGreaterThan(10);
  expect(report.loadRun?.steps[0]?.failures).toBe(0);
  // The partner lookups also ran through the Neo4j GraphQL Library.
  expect(report.cases.filter((c) => c.library).map((c) => c.name)).toEqual([
    'company card',
    'companies 合肥 × NEV, 50',
    'direct suppliers, 50',
  ]);
  for (const c of report.cases) {
    expect(c.graphql.n).toBeGreaterThan(0);
    expect(c.graphql.p50).toBeGreaterThan(0);
    expect(c.raw.p50).toBeGreaterThan(0);
    expect(c.graphql.p99).toBeGreaterThanOrEqual(c.graphql.p50);
  }
}, 300_000);
