/**
 * Which Neo4j a command talks to, decided once for the server (main.ts) and every CLI: NEO4J_URI when set (nothing
 * is started); else the local Neo4j another command of this project already runs on NEO4J_BOLT_PORT (shared, not
 * stopped); else a local Neo4j Community 5.26 from neo4j/ with its data under neo4j/data, started here and
 * restarted when it dies (neo4j/supervisor.ts). db/ only connects to what this decides.
 */
import { answersBolt, connectTo, type GraphConnection, type GraphTarget } from './db/connect.js';
import type { Env } from './env.js';
import { DEFAULT_HOME, localAuth } from './neo4j/localNeo4j.js';
import { superviseLocalNeo4j } from './neo4j/supervisor.js';

export async function openGraph(
  env: Env,
  log: (line: string) => void = console.log,
  options: { waitForRemote?: boolean } = {},
): Promise<GraphConnection> {
  // Only a remote Neo4j is waited for: a local one this process starts either comes up or the start fails.
  return connectTo(await graphTarget(env, log), env, log, {
    waitForRemote: !!options.waitForRemote && !!env.NEO4J_URI,
  });
}

async function graphTarget(env: Env, log: (line: string) => void): Promise<GraphTarget> {
  // NEO4J_URI comes with its own credentials; the local Neo4j's are in its store folder (localNeo4j.ts).
  if (env.NEO4J_URI) return { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD };
  const homeDir = env.NEO4J_DATA_DIR ?? DEFAULT_HOME;
  const running = `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;
  if (await answersBolt(running)) {
    // Another command of this project (npm start, say) already runs the local Neo4j: share it, do not stop it.
    log(`Using the local Neo4j already running on ${running}`);
    return { uri: running, ...(localAuth(homeDir) ?? {}) };
  }
  log(`Starting local Neo4j 5.26 on ${running} …`);
  const local = await superviseLocalNeo4j({
    port: env.NEO4J_BOLT_PORT,
    homeDir,
    heapMiB: env.NEO4J_HEAP,
    pageCacheMiB: env.NEO4J_PAGECACHE,
    log,
  });
  log(`Neo4j is up in ${(local.startMs / 1000).toFixed(1)} s`);
  return { uri: local.uri, ...local.auth, local };
}
