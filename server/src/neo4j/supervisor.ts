/**
 * Keeps the local Neo4j running: when it dies without being asked to (killed, out of memory — the JVM runs with
 * ExitOnOutOfMemoryError), it is started again on the same port and store, waiting a little longer after each
 * failed attempt. The driver reconnects by itself, so the API serves again without a restart of its own.
 */
import { startLocalNeo4j, type LocalAuth, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.js';

export interface SupervisedNeo4j {
  uri: string;
  /** Kept in the store folder, so the same after a restart. */
  auth: LocalAuth;
  /** Milliseconds the first start took. */
  startMs: number;
  /** The running instance (a new one after each restart). */
  current(): LocalNeo4j;
  restarts(): number;
  stop(): Promise<void>;
}

/** Waits before restart attempts: 1 s, 2 s, 4 s … up to 30 s. */
export const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  backoffMs: readonly number[] = RESTART_BACKOFF_MS,
): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  let instance = await startLocalNeo4j(options);
  let stopped = false;
  let restarts = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

  const watch = (running: LocalNeo4j) => {
    void running.exited.then(async (code) => {
      if (stopped) return;
      log(`Neo4j stopped unexpectedly (exit code ${code}); restarting …`);
      for (let attempt = 0; !stopped; attempt++) {
        await sleep(backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 1_000);
        if (stopped) return;
        try {
          instance = await startLocalNeo4j(options);
          restarts++;
          log(`Neo4j is back after restart ${restarts} (${(instance.startMs / 1000).toFixed(1)} s to start)`);
          watch(instance);
          return;
        } catch (error) {
          log(`Neo4j restart failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    });
  };
  watch(instance);

  return {
    uri: instance.uri,
    auth: instance.auth,
    startMs: instance.startMs,
    current: () => instance,
    restarts: () => restarts,
    async stop() {
      stopped = true;
      await instance.stop();
    },
  };
}
