import type { Executor } from '../../db/executor.js';
import type { SavedStore } from '../saved/index.js';
import { INDUSTRY_OF } from './scenarios.cypher.js';

/** Saved scenarios (kept apart from the facts), and which industry a change is about. */
export class ScenariosStore {
  constructor(
    private readonly executor: Executor,
    readonly saved: SavedStore,
  ) {}

  /** The industry of a company's chain, or of a segment; null: the id names neither. */
  async industryOf(id: string): Promise<string | null> {
    return (await this.executor.read(INDUSTRY_OF, { id }))[0]?.industryId ?? null;
  }
}
