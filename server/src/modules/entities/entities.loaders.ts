import DataLoader from 'dataloader';
import type { CitationRow } from './entities.cypher.js';
import type { EntitiesStore, RelatedEntity } from './entities.store.js';
import type { EntityRow } from './entity.rows.js';
import type { RelatedSpec } from './related.cypher.js';

/** Per-request loaders: one query per field per request, not one per parent. */
export interface EntityLoaders {
  entity: DataLoader<string, EntityRow | null>;
  citations: DataLoader<string, CitationRow[]>;
  /** The city an entity is located in, read with the link to it. */
  cityOf: DataLoader<string, EntityRow | null>;
  /** One loader per relationship field (parent label, type, direction). */
  related(spec: RelatedSpec): DataLoader<string, RelatedEntity[]>;
}

export function createEntityLoaders(store: EntitiesStore): EntityLoaders {
  const related = new Map<string, DataLoader<string, RelatedEntity[]>>();
  return {
    entity: new DataLoader((ids) => store.byIds(ids)),
    citations: new DataLoader((ids) => store.citations(ids)),
    cityOf: new DataLoader((ids) => store.citiesOf(ids)),
    related(spec) {
      const key = `${spec.parent}|${spec.type}|${spec.direction}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.related(spec, ids));
        related.set(key, loader);
      }
      return loader;
    },
  };
}
