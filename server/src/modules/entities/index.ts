/**
 * Entities: `node`, `company`, `city`, `industry`, `cities`; entity kinds, sources, one-hop relationship loaders —
 * and the entity row every module answers with.
 */
import { defineModule } from '../module.js';
import { createEntityLoaders, type EntityLoaders } from './entities.loaders.js';
import { entitiesResolvers } from './entities.resolvers.js';
import { EntitiesService } from './entities.service.js';
import { EntitiesStore } from './entities.store.js';

export { entitiesOf, entityOf } from './entities.resolvers.js';
export { EntitiesService } from './entities.service.js';
export { readEntities, type RelatedEntity } from './entities.store.js';
export { RawEntityRow, kindOf, labelOfKind, toEntity, type EntityRow } from './entity.rows.js';
export { related, relatedOne } from './related.resolvers.js';
export type { EntityLoaders } from './entities.loaders.js';

declare module '../../context.js' {
  interface Services {
    entities: EntitiesService;
  }
  // The entity loaders sit at the top of the request's loaders (ctx.loaders.entity), not under a key.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends EntityLoaders {}
}

export const entitiesModule = defineModule({
  name: 'entities',
  resolvers: entitiesResolvers,
  create: ({ executor }) => {
    const store = new EntitiesStore(executor);
    return { services: { entities: new EntitiesService(store) }, loaders: () => createEntityLoaders(store) };
  },
});
