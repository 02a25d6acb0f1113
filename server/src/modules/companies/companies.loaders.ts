import DataLoader from 'dataloader';
import type { SupplyDirection } from '../../db/direction.js';
import type { CompaniesStore, CompanyCard, PartnerLink } from './companies.store.js';

/** One page of a company's suppliers or customers: `first + 1` rows after the partner id `after`. */
export interface PartnerPageKey {
  companyId: string;
  direction: SupplyDirection;
  after: string | null;
  first: number;
}

/** Per-request loaders of the company fields that are counted, not stored. */
export interface CompanyLoaders {
  supplyDegree: DataLoader<string, { suppliers: number; customers: number }>;
  /** A company with its card's fields, for `company(id)`: see companies.resolvers.ts. */
  card: DataLoader<string, CompanyCard | null>;
  /** Partner pages, cached per request so a page asked for early (see companies.resolvers.ts) is read once. */
  partners: DataLoader<PartnerPageKey, PartnerLink[], string>;
}

export function createCompanyLoaders(store: CompaniesStore): CompanyLoaders {
  return {
    supplyDegree: new DataLoader((ids) => store.supplyDegrees(ids)),
    card: new DataLoader((ids) => store.cards(ids)),
    // Each page is its own statement; issued in one turn, the executor runs them in one transaction.
    partners: new DataLoader(
      (keys) => Promise.all(keys.map((k) => store.partners(k.companyId, k.direction, k.after, k.first))),
      { cacheKeyFn: (k) => `${k.companyId}|${k.direction}|${k.after ?? ''}|${k.first}` },
    ),
  };
}
