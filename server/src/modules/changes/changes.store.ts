import type { Executor } from '../../db/executor.js';
import {
  CHANGED_ENTITIES,
  CHANGE_SETS,
  PRUNE_CHANGE_SETS,
  type ChangeSetRow,
  type ChangedEntityRow,
} from './changes.cypher.js';

export class ChangesStore {
  constructor(private readonly executor: Executor) {}

  changeSets(afterSeq: number, since: string | null, limit: number): Promise<ChangeSetRow[]> {
    return this.executor.read(CHANGE_SETS, { afterSeq, since, limit });
  }

  entities(changeSetId: string, page: number, index: number, limit: number): Promise<ChangedEntityRow[]> {
    return this.executor.read(CHANGED_ENTITIES, { changeSetId, page, index, limit });
  }

  /** Deletes change sets older than `days`, a few hundred a transaction; how many went. */
  async prune(days: number): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.executor.write(PRUNE_CHANGE_SETS, { days });
      total += row?.n ?? 0;
      if ((row?.n ?? 0) < 500) return total;
    }
  }
}
