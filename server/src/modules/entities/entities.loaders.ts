import DataLoader from 'dataloader';
import type { CitationRow } from './entities.cypher.js';
import type { EntitiesStore } from './entities.store.js';
import type { EntityRow } from './entity.rows.js';

/** Per-request loaders: one query per field per request, not one per parent. */
export interface EntityLoaders {
  entity: DataLoader<string, EntityRow | null>;
  citations: DataLoader<string, CitationRow[]>;
  cityId: DataLoader<string, string | null>;
}

export function createEntityLoaders(store: EntitiesStore): EntityLoaders {
  return {
    entity: new DataLoader((ids) => store.byIds(ids)),
    citations: new DataLoader((ids) => store.citations(ids)),
    cityId: new DataLoader((ids) => store.cityIds(ids)),
  };
}
