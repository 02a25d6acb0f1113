import type { Executor } from '../../db/executor.js';
import { COMPONENTS } from './health.cypher.js';

export class HealthStore {
  constructor(private readonly executor: Executor) {}

  /** Neo4j's version and edition, asked with a short timeout of its own. */
  async components(timeoutMs: number): Promise<{ version: string; edition: string } | null> {
    const [row] = await this.executor.readTx('health', (tx) => tx.run(COMPONENTS, {}), timeoutMs);
    return row ?? null;
  }
}
