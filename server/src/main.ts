/**
 * `npm start`: Neo4j (local unless NEO4J_URI), schema migration, curated seed when the database is empty, then
 * web + /graphql on one port. Ctrl-C stops everything this process started.
 */
import type { Server } from 'node:http';
import type { GraphConnection } from './db/connect.js';
import { openGraph } from './openGraph.js';
import { migrate } from './db/migrate.js';
import { EnvError, anonymousRead, loadEnv } from './env.js';
import { createServices } from './context.js';
import { createApp } from './http/app.js';
import { drain, listen } from './http/listen.js';
import { LocalNeo4jError } from './neo4j/classpath.js';
import { ImportStore } from './import/import.store.js';
import { loadCurated } from './seed/loadSeed.js';
import { SeedStore } from './seed/seed.store.js';
import { backfillSearchKeys } from './modules/search/index.js';

const started = Date.now();
const SHUTDOWN_GRACE_MS = 10_000;
let graph: GraphConnection | undefined;
let server: Server | undefined;

async function shutdown(signal: string): Promise<void> {
  console.log(`\n${signal}: stopping…`);
  // Requests in flight get up to 10 s to finish (listen.ts drain); then the database goes.
  if (server) await drain(server, SHUTDOWN_GRACE_MS);
  await graph?.close();
  process.exit(0);
}

try {
  const env = loadEnv();
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  graph = await openGraph(env, console.log, { waitForRemote: true });
  const migration = await migrate(graph.executor);
  console.log(`Schema ready: ${migration.applied} constraints and indexes online (${migration.ms} ms)`);
  const keyed = await backfillSearchKeys(graph.executor, console.log);
  if (keyed > 0) console.log(`Search keys (pinyin, initials, short names) given to ${keyed} nodes written before them`);

  if (env.SEED === 'curated' && (await new SeedStore(graph.executor).isEmpty())) {
    const summaries = await loadCurated(new ImportStore(graph.executor));
    const created = summaries.reduce((n, s) => n + s.created, 0);
    console.log(`Loaded the curated G60 seed: ${created} nodes and links from ${summaries.length} files`);
  }

  const services = createServices(graph.executor, {
    expensiveConcurrency: env.EXPENSIVE_CONCURRENCY,
    expensiveQueue: env.EXPENSIVE_QUEUE,
    analysisTimeoutMs: env.ANALYSIS_TIMEOUT_MS,
  });
  const pruned = await services.changes.prune(env.CHANGESET_RETENTION_DAYS);
  if (pruned > 0) console.log(`Change sets older than ${env.CHANGESET_RETENTION_DAYS} days forgotten: ${pruned}`);
  // The overview is the landing view: its aggregates are computed now, not by the first visitor (~4 s at L).
  void services.overview.warm();
  const { express } = await createApp(services, {
    adminToken: env.ADMIN_TOKEN,
    anonymousRead: anonymousRead(env),
    rateLimits: {
      perKey: env.RATE_LIMIT_PER_KEY,
      perAddress: env.RATE_LIMIT_PER_ADDRESS,
      costPerKey: env.COST_PER_MINUTE_PER_KEY,
      costPerAddress: env.COST_PER_MINUTE_PER_ADDRESS,
      concurrentPerCaller: env.CONCURRENT_PER_CALLER,
    },
    corsOrigins: env.CORS_ORIGINS,
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
  });
  server = await listen(express, env.PORT, env.HOST);
  const shownHost = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  console.log(
    `\nG60 Chain Explorer is up in ${((Date.now() - started) / 1000).toFixed(1)} s:\n` +
      `  web      http://${shownHost}:${env.PORT}/\n` +
      `  GraphQL  http://${shownHost}:${env.PORT}/graphql\n` +
      `  health   http://${shownHost}:${env.PORT}/healthz\n` +
      `Press Ctrl-C to stop.`,
  );
} catch (error) {
  if (error instanceof EnvError || error instanceof LocalNeo4jError) console.error(error.message);
  else console.error('start failed:', (error as Error).message);
  await graph?.close();
  process.exit(1);
}
