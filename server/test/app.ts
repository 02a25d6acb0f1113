import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServices, type AdmissionOptions } from '../src/context.js';
import { createApp, type AppOptions } from '../src/http/app.js';
import { afterAll, beforeAll } from 'vitest';
import { ImportStore } from '../src/import/import.store.js';
import { importRecords } from '../src/import/importer.js';
import type { RawRecord } from '../src/import/parse.js';
import { openTestGraph, type TestGraph } from './graph.js';

export interface TestApp {
  base: string;
  /** POST a GraphQL request; returns the parsed body. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlBody>;
  close(): Promise<void>;
}

export interface GqlBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

/** The real HTTP app (Express + Apollo) on a free loopback port, over the test graph. */
export async function startTestApp(
  graph: TestGraph,
  options: Partial<AppOptions> = {},
  admission?: AdmissionOptions,
): Promise<TestApp> {
  // No web app unless a test serves a build of its own (the browser tests on a hand-built graph).
  const { express } = await createApp(createServices(graph.executor, admission), {
    ...options,
    webDist: options.webDist ?? '/nonexistent',
  });
  const server: Server = express.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    async gql(query, variables = {}, token) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlBody;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * A test file's stage: an empty graph loaded with `records` (which must import cleanly) and the real HTTP app over
 * it, opened before the file's tests and closed after them. Tests read `stage.graph` and `stage.app`.
 */
export function stageApp(
  records: () => RawRecord[],
  options: Partial<AppOptions> | (() => Partial<AppOptions>) = {},
): { graph: TestGraph; app: TestApp } {
  const stage = {} as { graph: TestGraph; app: TestApp };
  beforeAll(async () => {
    stage.graph = await openTestGraph();
    await stage.graph.reset();
    const { errors } = await importRecords(new ImportStore(stage.graph.executor), records());
    if (errors.length > 0) throw new Error(`the stage does not import: ${JSON.stringify(errors.slice(0, 3))}`);
    stage.app = await startTestApp(stage.graph, typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await stage.app?.close();
    await stage.graph?.close();
  });
  return stage;
}
