/** The seed loader's own read (loadSeed.ts): whether the graph holds any data yet. Its writes are the importer's. */
import { NODE_LABELS } from '@g60/graph-schema';
import type { Executor } from '../db/executor.js';
import { HAS_ANY_NODE } from './seed.cypher.js';

export class SeedStore {
  constructor(private readonly executor: Executor) {}

  /** No node of the graph model's labels (API keys, revisions and kept results do not count). */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.executor.read(HAS_ANY_NODE, { labels: NODE_LABELS });
    return !row?.any;
  }
}
