/**
 * The stack the browser tests drive: a throwaway Neo4j with the curated set and the synthetic corridor S, the web
 * app built by Vite, and the real server on a free port. Debian's Chromium must be installed: no skipping.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FILES, generateCorridor } from '@g60/seeds/synthetic';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from '@g60/testkit';
import getPort from 'get-port';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { createServices } from '../src/context.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { createApp } from '../src/http/app.js';
import { ImportStore } from '../src/import/import.store.js';
import { importRecords } from '../src/import/importer.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { projectRoot } from '../src/paths.js';
import { loadCurated } from '../src/seed/loadSeed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
    /** Chromium's command line for the tests (testkit/src/chromium.ts). */
    chromiumArgs: string[];
    /** The server's ADMIN_TOKEN: an editor's key for the import page. */
    adminToken: string;
  }
}

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;
let server: Server | undefined;
let close: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  requireChromium();
  const started = performance.now();
  const webBuild = build({ root: join(projectRoot, 'web'), logLevel: 'warn' });
  home = mkdtempSync(join(tmpdir(), 'g60-e2e-neo4j-'));
  neo4j = await startLocalNeo4j({ port: await getPort(), homeDir: home, heapMiB: 1536, pageCacheMiB: 512 });
  const driver = createDriver({ uri: neo4j.uri, ...neo4j.auth });
  const executor = new Executor(driver, { timeoutMs: 60_000 });
  await migrate(executor);
  const imports = new ImportStore(executor);
  await loadCurated(imports);
  const corridor = generateCorridor('S', 60);
  for (const file of EXPORT_FILES) {
    await importRecords(
      imports,
      corridor.files[file].map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> })),
    );
  }
  await webBuild;
  const adminToken = `e2e-admin-${randomUUID()}`;
  const { express } = await createApp(createServices(executor), { adminToken });
  server = express.listen(await getPort(), '127.0.0.1');
  await new Promise((r) => server?.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => driver.close();
  console.log(`e2e stack up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${baseUrl}`);
  project.provide('baseUrl', baseUrl);
  project.provide('chromium', CHROMIUM);
  project.provide('chromiumArgs', CHROMIUM_ARGS);
  project.provide('adminToken', adminToken);
}

export async function teardown(): Promise<void> {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await close?.();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
