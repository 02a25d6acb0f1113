/** Catalog: `industries`, `alliances`, `parks`, `projects`, `agreements`; chain and count fields. */
import { defineModule } from '../module.js';
import { createCatalogLoaders, type CatalogLoaders } from './catalog.loaders.js';
import { catalogResolvers } from './catalog.resolvers.js';
import { CatalogService } from './catalog.service.js';
import { CatalogStore } from './catalog.store.js';

declare module '../../context.js' {
  interface Services {
    catalog: CatalogService;
  }
  interface Loaders {
    catalog: CatalogLoaders;
  }
}

export const catalogModule = defineModule({
  name: 'catalog',
  resolvers: catalogResolvers,
  create: ({ executor }) => {
    const store = new CatalogStore(executor);
    return {
      services: { catalog: new CatalogService(store) },
      loaders: () => ({ catalog: createCatalogLoaders(store) }),
    };
  },
});
