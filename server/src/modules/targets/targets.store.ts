import type { Executor } from '../../db/executor.js';
import {
  CITY_SUPPLIERS,
  CITY_TIES,
  TARGET_CANDIDATES,
  TARGET_CANDIDATES_UNCOUNTED,
  type CityTiesRow,
  type TargetCandidateRow,
} from './targets.cypher.js';

export class TargetsStore {
  constructor(private readonly executor: Executor) {}

  /**
   * The city (its place and ties) and the candidates of the segments, in one snapshot; null: no such city.
   * `countFromCity`: count each candidate's customers in the city from the city's side — one walk over the city's
   * companies and their suppliers — instead of per candidate; cheaper when the candidates outnumber the city's
   * companies (targets.service.ts decides).
   */
  candidates(
    cityId: string,
    segmentIds: string[],
    countFromCity: boolean,
  ): Promise<{ city: CityTiesRow; rows: TargetCandidateRow[] } | null> {
    return this.executor.readTx('targetList', async (tx) => {
      const [city] = await tx.run(CITY_TIES, { cityId });
      if (!city) return null;
      if (segmentIds.length === 0) return { city, rows: [] };
      const params = { segmentIds, cityId, allianceIds: city.allianceIds, parkIds: city.parkIds };
      if (!countFromCity) return { city, rows: await tx.run(TARGET_CANDIDATES, params) };
      const rows = await tx.run(TARGET_CANDIDATES_UNCOUNTED, params);
      const inCity = new Map((await tx.run(CITY_SUPPLIERS, { cityId })).map((r) => [r.id, r.n]));
      return { city, rows: rows.map((r) => ({ ...r, customersInCity: inCity.get(r.id) ?? 0 })) };
    });
  }
}
