/**
 * `npm run import` killed part-way (SIGKILL: no handler runs, the batch in flight is lost with its transaction) and
 * run again ends with exactly the graph of one whole run: every batch is one transaction and MERGEs by id.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { projectRoot } from '../paths.js';

const COMPANIES = 30_000;
const built = join(projectRoot, 'scripts', 'built.mjs');

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

/** Companies and a supply chain through them, in one JSON Lines file, nodes and links interleaved. */
function writeInput(): string {
  const lines: string[] = [];
  const id = (i: number) => `company:kill-${String(i).padStart(5, '0')}`;
  for (let i = 0; i < COMPANIES; i++) {
    lines.push(JSON.stringify({ kind: 'Company', id: id(i), nameZh: `断电测试${i}号公司`, founded: '2019' }));
    if (i > 0) lines.push(JSON.stringify({ kind: 'SUPPLIES', from: id(i - 1), to: id(i), product: `部件${i % 7}` }));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'g60-killed-')), 'chain.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function env(): NodeJS.ProcessEnv {
  const { uri, user, password } = inject('neo4j');
  return { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NODE_ENV: 'production' };
}

const counts = async () => {
  const [nodes] = await graph.query("MATCH (c:Company) WHERE c.id STARTS WITH 'company:kill-' RETURN count(c) AS n");
  const [links] = await graph.query('MATCH (:Company)-[r:SUPPLIES]->(:Company) RETURN count(r) AS n');
  return { companies: Number(nodes?.n), links: Number(links?.n) };
};

/** Every fact node and link with its properties, in a stable order (the bookkeeping nodes left out). */
async function snapshot(): Promise<string[]> {
  const nodes = await graph.query(
    // The facts. Change sets are their history, not facts: the killed run's stays (with the batches it wrote) and
    // the second run adds its own, so they differ from one clean run's by design (modules/changes checks them).
    `MATCH (n) WHERE NOT (n:IndustryRevision OR n:AnalysisResult OR n:ChangeSet OR n:ChangeSetPage OR n:ChangeLog)
     RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await graph.query(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const sorted = (o: Record<string, unknown>) => JSON.stringify(o, Object.keys(o).sort());
  return [...nodes, ...rels]
    .map((r) =>
      JSON.stringify(r, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? JSON.parse(sorted(v)) : v)),
    )
    .sort();
}

function runToEnd(file: string): string {
  const run = spawnSync(process.execPath, [built, 'import', file, '--batch-size', '500'], {
    cwd: projectRoot,
    env: env(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

it('gives the graph of one clean run when killed part-way and run again', async () => {
  const file = writeInput();
  // Built first (when stale), so that the kill below hits the import and not a build.
  expect(spawnSync(process.execPath, [built, 'import', '--help'], { cwd: projectRoot, timeout: 300_000 }).status).toBe(
    0,
  );

  const child = spawn(process.execPath, [built, 'import', file, '--batch-size', '500'], {
    cwd: projectRoot,
    env: env(),
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
  // Wait for some batches to commit, then cut the power.
  for (let seen = 0; seen < 2_000;) {
    await new Promise((r) => setTimeout(r, 5));
    seen = (await counts()).companies;
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const cut = await counts();
  expect(cut.companies + cut.links).toBeLessThan(COMPANIES * 2 - 1);

  const rerun = runToEnd(file);
  expect(rerun).toMatch(/imported; rows 59999, invalid 0, created \d+, updated 0, unchanged \d+/);
  const unchanged = Number(/unchanged (\d+)/.exec(rerun)?.[1]);
  expect(unchanged).toBe(cut.companies + cut.links);
  const afterKill = await snapshot();

  await graph.reset();
  expect(runToEnd(file)).toMatch(/created 59999, updated 0, unchanged 0/);
  expect(await counts()).toEqual({ companies: COMPANIES, links: COMPANIES - 1 });
  expect(afterKill).toEqual(await snapshot());
}, 600_000);
