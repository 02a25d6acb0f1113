import type { HealthStore } from './health.store.js';

export interface HealthReport {
  ok: boolean;
  neo4j: string | null;
  latencyMs: number | null;
  error: string | null;
}

/** Health must answer quickly even when Neo4j hangs: the check has its own short timeout. */
const HEALTH_TIMEOUT_MS = 3_000;

export class HealthService {
  constructor(private readonly store: HealthStore) {}

  async check(): Promise<HealthReport> {
    const started = performance.now();
    try {
      const row = await Promise.race([
        this.store.components(HEALTH_TIMEOUT_MS),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS).unref(),
        ),
      ]);
      return {
        ok: true,
        neo4j: row ? `${row.version} ${row.edition}` : null,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        error: null,
      };
    } catch (error) {
      return { ok: false, neo4j: null, latencyMs: null, error: (error as Error).message };
    }
  }
}
