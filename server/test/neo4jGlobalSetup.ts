/**
 * Starts one throwaway Neo4j for the integration suite on a free port, in a temp folder removed afterwards.
 * There is no skipping: without Java or Maven this throws and every integration test fails loudly.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import type { TestProject } from 'vitest/node';
// Brings the ProvidedContext typing of neo4j into scope.
import type {} from './graph.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j.js';

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  home = mkdtempSync(join(tmpdir(), 'g60-test-neo4j-'));
  // As a folder made under the default umask is (neo4j/data): what lockdown.int.test.ts then sees is the launcher's.
  chmodSync(home, 0o755);
  neo4j = await startLocalNeo4j({
    port: await getPort(),
    homeDir: home,
    heapMiB: 1024,
    pageCacheMiB: 256,
    log: (line) => console.log(line),
  });
  console.log(`test Neo4j ${neo4j.uri} started in ${(neo4j.startMs / 1000).toFixed(1)} s`);
  project.provide('neo4j', { uri: neo4j.uri, ...neo4j.auth });
  project.provide('neo4jStartMs', neo4j.startMs);
  project.provide('neo4jHome', home);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
