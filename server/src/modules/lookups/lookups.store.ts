import type { Executor } from '../../db/executor.js';
import { toEntity, type EntityRow } from '../entities/entity.rows.js';
import {
  FEEDS_OF_INDUSTRIES,
  INDUSTRY_COMPANY_COUNT,
  SEGMENT_COMPANY_COUNT,
  SUPPLY_DEGREE,
  relatedQuery,
  type RelatedSpec,
} from './related.cypher.js';

export interface RelatedEntity {
  entity: EntityRow;
  role: string | null;
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

export class LookupsStore {
  constructor(private readonly executor: Executor) {}

  async related(spec: RelatedSpec, ids: readonly string[]): Promise<RelatedEntity[][]> {
    const rows = await this.executor.read(relatedQuery(spec), { ids: [...ids] });
    return groupBy(ids, rows, (r) => r.parentId).map((list) =>
      list.map((r) => ({ entity: toEntity(r), role: r.role })),
    );
  }

  async industryCompanyCounts(ids: readonly string[]): Promise<number[]> {
    const rows = await this.executor.read(INDUSTRY_COMPANY_COUNT, { ids: [...ids] });
    const map = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => map.get(id) ?? 0);
  }

  async segmentCompanyCounts(ids: readonly string[]): Promise<number[]> {
    const rows = await this.executor.read(SEGMENT_COMPANY_COUNT, { ids: [...ids] });
    const map = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => map.get(id) ?? 0);
  }

  async supplyDegrees(ids: readonly string[]): Promise<{ suppliers: number; customers: number }[]> {
    const rows = await this.executor.read(SUPPLY_DEGREE, { ids: [...ids] });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? { suppliers: 0, customers: 0 });
  }

  async feeds(ids: readonly string[]): Promise<{ from: string; to: string }[][]> {
    const rows = await this.executor.read(FEEDS_OF_INDUSTRIES, { ids: [...ids] });
    return groupBy(ids, rows, (r) => r.industryId);
  }
}
