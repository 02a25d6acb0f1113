/**
 * `npm run neo4j:start` runs the local Neo4j in the foreground (Ctrl-C stops it);
 * `npm run neo4j:stop` stops one started elsewhere (for instance a crashed `npm start` left behind).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv } from '../env.js';
import { DEFAULT_HOME, startLocalNeo4j } from './localNeo4j.js';

const env = loadEnv();
const home = env.NEO4J_DATA_DIR ?? DEFAULT_HOME;
const command = process.argv[2];

if (command === 'start') {
  const neo4j = await startLocalNeo4j({
    port: env.NEO4J_BOLT_PORT,
    homeDir: home,
    heapMiB: env.NEO4J_HEAP,
    pageCacheMiB: env.NEO4J_PAGECACHE,
    log: console.log,
  });
  console.log(
    `Neo4j ${neo4j.uri} up in ${(neo4j.startMs / 1000).toFixed(1)} s (data: ${home}). ` +
      `User neo4j, password in ${join(home, 'bolt-password')}. Ctrl-C stops it.`,
  );
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} else if (command === 'stop') {
  const pidFile = join(home, 'neo4j.pid');
  if (!existsSync(pidFile)) {
    console.log(`No local Neo4j is running from ${home}.`);
  } else {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      process.kill(pid, 'SIGTERM');
      console.log(`Sent SIGTERM to Neo4j (pid ${pid}).`);
    } catch {
      console.log(`Neo4j pid ${pid} is not running.`);
    }
  }
} else {
  console.error('usage: neo4j/cli.ts start|stop');
  process.exit(2);
}
