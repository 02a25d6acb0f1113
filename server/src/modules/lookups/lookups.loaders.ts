import DataLoader from 'dataloader';
import type { RelatedSpec } from './related.cypher.js';
import type { LookupsStore, RelatedEntity } from './lookups.store.js';

/** Per-request loaders for relationship and count fields: one query per field per request, whatever the parents. */
export interface LookupLoaders {
  related(spec: RelatedSpec): DataLoader<string, RelatedEntity[]>;
  industryCompanyCount: DataLoader<string, number>;
  segmentCompanyCount: DataLoader<string, number>;
  supplyDegree: DataLoader<string, { suppliers: number; customers: number }>;
  feeds: DataLoader<string, { from: string; to: string }[]>;
}

export function createLookupLoaders(store: LookupsStore): LookupLoaders {
  const related = new Map<string, DataLoader<string, RelatedEntity[]>>();
  return {
    related(spec) {
      const key = `${spec.parent}|${spec.type}|${spec.direction}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.related(spec, ids));
        related.set(key, loader);
      }
      return loader;
    },
    industryCompanyCount: new DataLoader((ids) => store.industryCompanyCounts(ids)),
    segmentCompanyCount: new DataLoader((ids) => store.segmentCompanyCounts(ids)),
    supplyDegree: new DataLoader((ids) => store.supplyDegrees(ids)),
    feeds: new DataLoader((ids) => store.feeds(ids)),
  };
}
