import DataLoader from 'dataloader';
import type { FeedRow } from './catalog.cypher.js';
import type { CatalogStore } from './catalog.store.js';

/** Per-request loaders for the catalog's count and chain fields: one query per field per request. */
export interface CatalogLoaders {
  industryCompanyCount: DataLoader<string, number>;
  segmentCompanyCount: DataLoader<string, number>;
  feeds: DataLoader<string, FeedRow[]>;
}

export function createCatalogLoaders(store: CatalogStore): CatalogLoaders {
  return {
    industryCompanyCount: new DataLoader((ids) => store.companyCounts('Industry', ids)),
    segmentCompanyCount: new DataLoader((ids) => store.companyCounts('Segment', ids)),
    feeds: new DataLoader((ids) => store.feeds(ids)),
  };
}
