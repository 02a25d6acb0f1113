import type { Executor } from '../../db/executor.js';
import {
  CANDIDATE_NAMES,
  CITY_SUPPLIERS,
  CITY_TIES,
  CUSTOMERS_IN_CITY,
  SEGMENT_CANDIDATES,
  type CandidateNamesRow,
  type CityTiesRow,
  type CountsRow,
  type SegmentCandidatesRow,
} from './targets.cypher.js';

const countsOf = (rows: CountsRow[]) => {
  const [row] = rows;
  return new Map(row ? row.ids.map((id, i) => [id, row.counts[i] as number]) : []);
};

/**
 * The target list's reads, each its own transaction so that the service can run them side by side (Neo4j's reads
 * are read-committed, one transaction would not make them a snapshot either; the service keys what it holds by
 * the corridor revision read before them).
 */
export class TargetsStore {
  constructor(private readonly executor: Executor) {}

  /** The city's ties and the member cities' places; null: no such city. */
  async cityTies(cityId: string): Promise<CityTiesRow | null> {
    return (await this.executor.readTx('targetList.ties', (tx) => tx.run(CITY_TIES, { cityId })))[0] ?? null;
  }

  /** One row a segment that has companies in member cities. */
  segmentCandidates(segmentIds: string[]): Promise<SegmentCandidatesRow[]> {
    if (segmentIds.length === 0) return Promise.resolve([]);
    return this.executor.readTx('targetList.candidates', (tx) => tx.run(SEGMENT_CANDIDATES, { segmentIds }));
  }

  names(ids: string[]): Promise<CandidateNamesRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.executor.readTx('targetList.names', (tx) => tx.run(CANDIDATE_NAMES, { ids }));
  }

  /** How many companies of the city each of `ids` supplies, counted per candidate (short lists). */
  async customersInCity(ids: string[], cityId: string): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    return countsOf(
      await this.executor.readTx('targetList.customersInCity', (tx) => tx.run(CUSTOMERS_IN_CITY, { ids, cityId })),
    );
  }

  /** The same for every company supplying the city, counted from the city's side (long lists). */
  async citySuppliers(cityId: string): Promise<Map<string, number>> {
    return countsOf(await this.executor.readTx('targetList.citySuppliers', (tx) => tx.run(CITY_SUPPLIERS, { cityId })));
  }
}
