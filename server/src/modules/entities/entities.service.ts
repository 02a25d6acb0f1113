import type { EntitiesStore } from './entities.store.js';
import type { EntityRow } from './entity.rows.js';

/**
 * Entities by id go through the request's loaders (batched, cached per request); this service holds what is not
 * by id.
 */
export class EntitiesService {
  constructor(private readonly store: EntitiesStore) {}

  /** Entities by id, in the order asked, null where none exists (outside a request: requests use the loaders). */
  byIds(ids: readonly string[]): Promise<(EntityRow | null)[]> {
    return this.store.byIds(ids);
  }

  /** All cities, members first, then by Chinese name. */
  cities(): Promise<EntityRow[]> {
    return this.store.cities();
  }
}
