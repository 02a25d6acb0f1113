import DataLoader from 'dataloader';
import type { CompaniesStore, CompanyCard } from './companies.store.js';

/** Per-request loaders of the company fields that are counted, not stored. */
export interface CompanyLoaders {
  supplyDegree: DataLoader<string, { suppliers: number; customers: number }>;
  /** A company with its card's fields, for `company(id)`: see companies.resolvers.ts. */
  card: DataLoader<string, CompanyCard | null>;
}

export function createCompanyLoaders(store: CompaniesStore): CompanyLoaders {
  return {
    supplyDegree: new DataLoader((ids) => store.supplyDegrees(ids)),
    card: new DataLoader((ids) => store.cards(ids)),
  };
}
