import type { EntityRow } from '../entities/index.js';
import type { CatalogLabel } from './catalog.cypher.js';
import type { CatalogStore } from './catalog.store.js';

/** The corridor's lists: industries, alliances, parks, projects, agreements — small, whole, in documented order. */
export class CatalogService {
  constructor(private readonly store: CatalogStore) {}

  list(label: CatalogLabel): Promise<EntityRow[]> {
    return this.store.all(label);
  }
}
