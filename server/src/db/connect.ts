/**
 * Connects to a Neo4j: a driver and the one executor over it. Which Neo4j — NEO4J_URI, or a local one this
 * process starts — is decided above this folder (openGraph.ts), so db/ knows nothing of the local launcher.
 */
import type { Driver } from 'neo4j-driver';
import type { Env } from '../env.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/** A Neo4j this process started (and supervises): what the connection stops when it closes. */
export interface StartedNeo4j {
  stop(): Promise<void>;
}

export interface GraphConnection {
  driver: Driver;
  executor: Executor;
  /** Set when this process started (and supervises) the Neo4j it talks to. */
  local?: StartedNeo4j;
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

/** Where a Neo4j is and how to sign in; `stop` ends what the caller started for it (a local Neo4j). */
export interface GraphTarget {
  uri: string;
  user?: string;
  password?: string;
  local?: StartedNeo4j;
}

/**
 * Connects to the target and checks it answers. `waitForRemote`: a target that is down is waited for (a server
 * whose NEO4J_URI is down at start serves within one interval of its return) instead of failing.
 */
export async function connectTo(
  target: GraphTarget,
  env: Pick<Env, 'NEO4J_DATABASE' | 'QUERY_TIMEOUT_MS'>,
  log: (line: string) => void,
  options: { waitForRemote?: boolean } = {},
): Promise<GraphConnection> {
  const { uri, user, password, local } = target;
  const driver = createDriver({ uri, user, password });
  try {
    if (options.waitForRemote) await waitUntilReachable(driver, env.NEO4J_DATABASE, log);
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
