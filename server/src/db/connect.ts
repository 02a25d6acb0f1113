/**
 * Connects to the configured Neo4j: NEO4J_URI when set (nothing is started), otherwise a local Neo4j Community
 * 5.26 from neo4j/ on NEO4J_BOLT_PORT with its data under neo4j/data, restarted when it dies (supervisor.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { Env } from '../env.js';
import { DEFAULT_HOME, localAuth } from '../neo4j/localNeo4j.js';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../neo4j/supervisor.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

export interface GraphConnection {
  driver: Driver;
  executor: Executor;
  /** Set when this process started (and supervises) the Neo4j it talks to. */
  local?: SupervisedNeo4j;
  close(): Promise<void>;
}

/** Whether a Neo4j answers on this URI now (a refused connection answers at once). */
export async function answersBolt(uri: string): Promise<boolean> {
  const probe = createDriver({ uri });
  try {
    await probe.verifyConnectivity();
    return true;
  } catch (error) {
    // Refusing a probe without credentials is an answer too: something holds that port and speaks Bolt.
    return (error as { code?: string }).code?.startsWith('Neo.ClientError.Security.') ?? false;
  } finally {
    await probe.close();
  }
}

/**
 * Resolves once the driver reaches Neo4j, trying every `intervalMs`: a server whose NEO4J_URI is down at start
 * waits for it instead of exiting, and serves within one interval of its return.
 */
export async function waitUntilReachable(
  driver: Driver,
  database: string | undefined,
  log: (line: string) => void,
  intervalMs = 2_000,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database });
      if (attempt > 0) log('Neo4j is reachable again');
      return;
    } catch (error) {
      // Say so at the first failure and then about every 30 s, not at every try.
      if (attempt % Math.max(1, Math.round(30_000 / intervalMs)) === 0) {
        log(`Waiting for Neo4j: ${(error as Error).message.split('\n')[0]}`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export async function connectGraph(
  env: Env,
  log: (line: string) => void = console.log,
  options: { waitForRemote?: boolean } = {},
): Promise<GraphConnection> {
  let local: SupervisedNeo4j | undefined;
  let uri = env.NEO4J_URI;
  // NEO4J_URI comes with its own credentials; the local Neo4j's are in its store folder (localNeo4j.ts).
  let auth: { user?: string; password?: string } = { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD };
  const homeDir = env.NEO4J_DATA_DIR ?? DEFAULT_HOME;
  if (!uri && (await answersBolt(`bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`))) {
    // Another command of this project (npm start, say) already runs the local Neo4j: share it, do not stop it.
    uri = `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;
    auth = localAuth(homeDir) ?? {};
    log(`Using the local Neo4j already running on ${uri}`);
  }
  if (!uri) {
    log(`Starting local Neo4j 5.26 on bolt://127.0.0.1:${env.NEO4J_BOLT_PORT} …`);
    local = await superviseLocalNeo4j({
      port: env.NEO4J_BOLT_PORT,
      homeDir,
      heapMiB: env.NEO4J_HEAP,
      pageCacheMiB: env.NEO4J_PAGECACHE,
      log,
    });
    log(`Neo4j is up in ${(local.startMs / 1000).toFixed(1)} s`);
    uri = local.uri;
    auth = local.auth;
  }
  const driver = createDriver({ uri, ...auth });
  try {
    if (options.waitForRemote && env.NEO4J_URI) await waitUntilReachable(driver, env.NEO4J_DATABASE, log);
    else await driver.verifyConnectivity({ database: env.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`, { cause: error });
  }
  const executor = new Executor(driver, { database: env.NEO4J_DATABASE, timeoutMs: env.QUERY_TIMEOUT_MS });
  return {
    driver,
    executor,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
