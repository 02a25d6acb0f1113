import type { Executor } from '../../db/executor.js';
import { groupByIds } from '../../db/rows.js';
import { toEntity, type EntityRow } from '../entities/index.js';
import {
  ALL_OF,
  FEEDS_OF_INDUSTRIES,
  INDUSTRY_COMPANY_COUNT,
  SEGMENT_COMPANY_COUNT,
  type CatalogLabel,
  type FeedRow,
} from './catalog.cypher.js';

export class CatalogStore {
  constructor(private readonly executor: Executor) {}

  async all(label: CatalogLabel): Promise<EntityRow[]> {
    return (await this.executor.read(ALL_OF[label], {})).map(toEntity);
  }

  /** How many companies operate in each industry or segment, in the order asked. */
  async companyCounts(of: 'Industry' | 'Segment', ids: readonly string[]): Promise<number[]> {
    const rows = await this.executor.read(of === 'Industry' ? INDUSTRY_COMPANY_COUNT : SEGMENT_COMPANY_COUNT, {
      ids: [...ids],
    });
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /** FEEDS links per industry, upstream first. */
  async feeds(ids: readonly string[]): Promise<FeedRow[][]> {
    const rows = await this.executor.read(FEEDS_OF_INDUSTRIES, { ids: [...ids] });
    return groupByIds(ids, rows, (r) => r.industryId);
  }
}
