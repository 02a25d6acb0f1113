/**
 * The server under test, in its own process as in production: the bench process is then only a client — of this
 * server over HTTP on one side, of Neo4j over Bolt on the other — and neither side's client shares an event loop
 * with what it measures. Beside it, on a second port, the Neo4j GraphQL Library over the same database
 * (neo4jGraphql.ts). Started by run.ts with `fork`; reports both ports over IPC and exits with its parent.
 */
import type { AddressInfo } from 'node:net';
import { createServices } from '../src/context.js';
import { createDriver, type DriverOptions } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createApp } from '../src/http/app.js';
import { neo4jGraphqlApp } from './neo4jGraphql.js';

const options = JSON.parse(process.env.BENCH_SERVER ?? '{}') as DriverOptions & { database?: string };
const driver = createDriver(options);
const executor = new Executor(driver, { database: options.database, timeoutMs: 120_000 });
// The bench measures the server, not its rate limiter: limits far above any rate it sends.
// Nor its request deadline: a cold analysis at XL takes longer than the default 10 s, and the bench times it.
// BENCH_EXPENSIVE_CONCURRENCY: the burst run's second server opens the analyses' gate wide (burst.ts).
const expensiveConcurrency = Number(process.env.BENCH_EXPENSIVE_CONCURRENCY ?? 1);
const { express } = await createApp(createServices(executor, { expensiveConcurrency, expensiveQueue: 64 }), {
  // The browser run (browser.ts) serves a build of the web app; the API cases need none.
  webDist: process.env.BENCH_WEB_DIST ?? '/nonexistent',
  rateLimits: {
    perKey: 10_000_000,
    perAddress: 10_000_000,
    costPerAddress: 1e12,
    costPerKey: 1e12,
    concurrentPerCaller: 100_000,
  },
  requestDeadlineMs: 300_000,
});
const library = (await neo4jGraphqlApp(driver)).listen(0, '127.0.0.1');
await new Promise((r) => library.once('listening', r));
const server = express.listen(0, '127.0.0.1', () => {
  process.send?.({
    port: (server.address() as AddressInfo).port,
    libraryPort: (library.address() as AddressInfo).port,
  });
});
// Answer what is in flight, then close the driver: a request cut off by a closed pool would read as a failure.
process.on('disconnect', () => {
  library.close();
  library.closeIdleConnections();
  server.close(() => void driver.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
});
