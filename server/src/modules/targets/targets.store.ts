import type { Executor } from '../../db/executor.js';
import { CITY_TIES, TARGET_CANDIDATES, type CityTiesRow, type TargetCandidateRow } from './targets.cypher.js';

export class TargetsStore {
  constructor(private readonly executor: Executor) {}

  /** The city (its place and ties) and the candidates of the segments, in one snapshot; null: no such city. */
  candidates(cityId: string, segmentIds: string[]): Promise<{ city: CityTiesRow; rows: TargetCandidateRow[] } | null> {
    return this.executor.readTx('targetList', async (tx) => {
      const [city] = await tx.run(CITY_TIES, { cityId });
      if (!city) return null;
      const rows =
        segmentIds.length === 0
          ? []
          : await tx.run(TARGET_CANDIDATES, {
              segmentIds,
              cityId,
              allianceIds: city.allianceIds,
              parkIds: city.parkIds,
            });
      return { city, rows };
    });
  }
}
