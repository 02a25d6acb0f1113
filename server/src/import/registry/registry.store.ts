/**
 * What a registry import reads from the graph before it writes (registry.ts): the names of the places, segments and
 * parks rows name, and the companies that rows without a credit code name. The writes are the importer's
 * (ImportStore, import.store.ts).
 */
import { LIMITS } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import {
  CITY_NAMES,
  COMPANIES_NAMED,
  PARK_NAMES,
  SEGMENT_NAMES,
  type NamedRow,
  type SegmentNameRow,
} from './registry.cypher.js';

/** The names rows are matched against. */
export interface RegistryNames {
  cities: NamedRow[];
  segments: SegmentNameRow[];
  parks: NamedRow[];
}

export class RegistryStore {
  constructor(private readonly executor: Executor) {}

  /** Every city, segment and park by the names it goes by, in one transaction (one snapshot). */
  names(): Promise<RegistryNames> {
    return this.executor.readTx('registry.names', async (tx) => {
      const [cities, segments, parks] = await Promise.all([
        tx.run(CITY_NAMES, {}),
        tx.run(SEGMENT_NAMES, {}),
        tx.run(PARK_NAMES, {}),
      ]);
      return { cities, segments, parks };
    });
  }

  /**
   * The companies whose Chinese name is exactly one of `names`, asked in parts of at most the largest batch; rows
   * come in the order of the parts.
   */
  async companiesNamed(names: readonly string[]): Promise<{ id: string; nameZh: string }[]> {
    const found: { id: string; nameZh: string }[] = [];
    for (let i = 0; i < names.length; i += LIMITS.import.batchSize.max) {
      const part = names.slice(i, i + LIMITS.import.batchSize.max);
      for (const c of await this.executor.read(COMPANIES_NAMED, { names: part })) found.push(c);
    }
    return found;
  }
}
