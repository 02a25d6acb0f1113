import DataLoader from 'dataloader';
import type { CompaniesStore } from './companies.store.js';

/** Per-request loaders of the company fields that are counted, not stored. */
export interface CompanyLoaders {
  supplyDegree: DataLoader<string, { suppliers: number; customers: number }>;
}

export function createCompanyLoaders(store: CompaniesStore): CompanyLoaders {
  return { supplyDegree: new DataLoader((ids) => store.supplyDegrees(ids)) };
}
