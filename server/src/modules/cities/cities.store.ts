import type { Executor } from '../../db/executor.js';
import { CITY_INDUSTRY_SEGMENTS, CITY_TOTAL, type IndustrySegmentRow } from './cities.cypher.js';

export interface CityFacts {
  companies: number;
  /** Industry by industry (most companies first), each chain's segments in order. */
  rows: IndustrySegmentRow[];
}

export class CitiesStore {
  constructor(private readonly executor: Executor) {}

  /** The city's counts in one snapshot; null when there is no such city. */
  profile(cityId: string): Promise<CityFacts | null> {
    return this.executor.readTx('cityProfile', async (tx) => {
      const [total] = await tx.run(CITY_TOTAL, { cityId });
      if (!total) return null;
      return { companies: total.companies, rows: await tx.run(CITY_INDUSTRY_SEGMENTS, { cityId }) };
    });
  }
}
