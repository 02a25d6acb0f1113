/**
 * `npm run import` while `npm start` runs: with no NEO4J_URI it finds the local Neo4j already answering on its Bolt
 * port, uses it with the password in its store folder, and leaves it running — instead of starting a second one on
 * the same port. The suite's Neo4j stands in for the one `npm start` would run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { projectRoot } from '../paths.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
});
afterAll(() => graph.close());

it('imports into the local Neo4j that is already running, and leaves it running', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'g60-beside-')), 'City.csv');
  writeFileSync(file, 'id,nameZh,province,lat,lng,role\ncity:beside,旁边市,浙江省,30,120,OTHER\n');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.NEO4J_URI;
  env.NEO4J_BOLT_PORT = new URL(inject('neo4j').uri).port;
  env.NEO4J_DATA_DIR = inject('neo4jHome');
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'built.mjs'), 'import', file], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(run.stderr).toContain(`Using the local Neo4j already running on bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`);
  expect(run.stdout).toMatch(/City\.csv: imported; rows 1, invalid 0, created 1/);
  expect(run.status).toBe(0);
  // Still there, and still answering: the command did not stop it.
  expect(await graph.query("MATCH (c:City {id: 'city:beside'}) RETURN c.nameZh AS name")).toEqual([{ name: '旁边市' }]);
}, 300_000);
