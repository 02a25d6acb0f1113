import type { Executor } from '../../db/executor.js';
import { toEntity, type EntityRow } from '../entities/entity.rows.js';
import { COMPANIES_COUNT, COMPANIES_PAGE, SUPPLY_DEGREE, type CompanyFilterParams } from './companies.cypher.js';

export class CompaniesStore {
  constructor(private readonly executor: Executor) {}

  /** Up to `first + 1` companies after the `after` id: the extra one says whether a next page exists. */
  async page(filter: CompanyFilterParams, after: string | null, first: number): Promise<EntityRow[]> {
    return (await this.executor.read(COMPANIES_PAGE, { ...filter, after, first })).map(toEntity);
  }

  async count(filter: CompanyFilterParams): Promise<number> {
    return (await this.executor.read(COMPANIES_COUNT, filter))[0]?.n ?? 0;
  }

  /** How many companies supply each company and how many it supplies, in the order asked. */
  async supplyDegrees(ids: readonly string[]): Promise<{ suppliers: number; customers: number }[]> {
    const rows = await this.executor.read(SUPPLY_DEGREE, { ids: [...ids] });
    const degrees = new Map(rows.map((r) => [r.id, { suppliers: r.suppliers, customers: r.customers }]));
    return ids.map((id) => degrees.get(id) ?? { suppliers: 0, customers: 0 });
  }
}
