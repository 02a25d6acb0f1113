import type { Executor } from '../../db/executor.js';
import type { GapsStore } from '../gaps/gaps.store.js';
import type { IndustryProjection } from '../gaps/projection.js';
import { INDUSTRY_REVISION } from '../gaps/results.cypher.js';
import { SavedStore } from '../saved/saved.store.js';
import { MEMBER_CITY_PLACES } from './scenarios.cypher.js';

export class ScenariosStore {
  readonly saved: SavedStore;

  constructor(
    private readonly executor: Executor,
    private readonly gaps: GapsStore,
  ) {
    this.saved = new SavedStore(executor, 'Scenario');
  }

  /** The industry's revision token; null: no such industry. */
  async revision(industryId: string): Promise<string | null> {
    return (await this.executor.read(INDUSTRY_REVISION, { key: industryId }))[0]?.revision ?? null;
  }

  memberCityPlaces(): Promise<{ id: string; lat: number; lng: number }[]> {
    return this.executor.read(MEMBER_CITY_PLACES, {});
  }

  /** The industry's projection and the revision it was read at, in one transaction; null: no such industry. */
  projection(
    industryId: string,
    timeoutMs: number,
  ): Promise<{ revision: string; projection: IndustryProjection } | null> {
    return this.executor.readTx(
      'scenario.projection',
      async (tx) => {
        const [row] = await tx.run(INDUSTRY_REVISION, { key: industryId });
        if (!row) return null;
        return { revision: row.revision, projection: await this.gaps.projection(tx, industryId) };
      },
      timeoutMs,
    );
  }
}
