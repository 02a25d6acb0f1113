/**
 * Starts and stops a local Neo4j Community 5.26 (embedded DBMS with Bolt on 127.0.0.1) from neo4j/launcher.
 * Used by `npm start` when NEO4J_URI is unset, by `npm run neo4j:start`, and by the tests (throwaway instances).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LocalNeo4jError, NEO4J_DIR, checkJava, resolveClasspath } from './classpath.js';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Folder holding the store, logs and pid file. */
  homeDir: string;
  heapMiB: number;
  pageCacheMiB: number;
  log?: (line: string) => void;
  /** How long to wait for the database to come up. */
  startTimeoutMs?: number;
}

export interface LocalAuth {
  user: string;
  password: string;
}

export interface LocalNeo4j {
  uri: string;
  /** The user and the password the launcher set (kept in the home's bolt-password file). */
  auth: LocalAuth;
  pid: number;
  /** Milliseconds from spawning the JVM to Bolt accepting connections. */
  startMs: number;
  /** Settles with the exit code when the process ends, for whatever reason. */
  exited: Promise<number | null>;
  /** Stops the instance cleanly (SIGTERM; SIGKILL after 60 s). */
  stop(): Promise<void>;
}

/** The default data folder: under the project, git-ignored. */
export const DEFAULT_HOME = join(NEO4J_DIR, 'data');

/**
 * The credentials of the local Neo4j of this home: the launcher (G60Neo4j.java) makes a random password on the
 * first start and keeps it in <home>/bolt-password, readable by its owner only. Undefined before that first start.
 */
export function localAuth(homeDir: string): LocalAuth | undefined {
  const file = join(homeDir, 'bolt-password');
  if (!existsSync(file)) return undefined;
  return { user: 'neo4j', password: readFileSync(file, 'utf8').trim() };
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new LocalNeo4jError(
          err.code === 'EADDRINUSE'
            ? `Bolt port ${port} on 127.0.0.1 is already in use (another Neo4j?). ` +
                'Stop it, or set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that Neo4j.'
            : `cannot bind 127.0.0.1:${port}: ${err.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  await checkJava();
  const classpath = await resolveClasspath(log);
  await assertPortFree(options.port);
  mkdirSync(options.homeDir, { recursive: true });

  const started = Date.now();
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(options.heapMiB, 1024)}m`,
      `-Xmx${options.heapMiB}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      join(NEO4J_DIR, 'launcher', 'G60Neo4j.java'),
      options.homeDir,
      String(options.port),
      String(options.pageCacheMiB),
    ],
    // stdin stays a pipe we never close: if this process dies, the JVM sees EOF and shuts down.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not start within ${(options.startTimeoutMs ?? 180_000) / 1000} s`));
    }, options.startTimeoutMs ?? 180_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('G60_NEO4J_READY')) {
        clearTimeout(timeout);
        resolve();
      } else if (line.trim()) {
        log(`[neo4j] ${line}`);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timeout);
      reject(new LocalNeo4jError(`could not start java: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timeout);
      const debugLog = tail(join(options.homeDir, 'logs', 'debug.log'), 15);
      const locked = /lock|FileLockException/i.test(stderr + debugLog);
      reject(
        new LocalNeo4jError(
          `Neo4j exited during start (code ${code}).` +
            (locked ? ` The store in ${options.homeDir} is in use by another Neo4j process.` : '') +
            `\n${stderr.trim()}\n${debugLog}`.trimEnd(),
        ),
      );
    });
  });

  const startMs = Date.now() - started;
  const auth = localAuth(options.homeDir);
  if (!auth) throw new LocalNeo4jError(`Neo4j started but left no password in ${options.homeDir}/bolt-password`);
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    auth,
    pid: child.pid ?? -1,
    startMs,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
