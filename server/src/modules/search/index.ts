/** Search: `search` (cjk full-text index, one-character substring fallback) and the search keys writes carry. */
import { defineModule } from '../module.js';
import { searchResolvers } from './search.resolvers.js';
import { SearchService } from './search.service.js';
import { SearchStore } from './search.store.js';

export { backfillSearchKeys } from './backfill.store.js';
export { SearchService } from './search.service.js';

/** The statements, for the bench's raw-driver baselines. */
export * as searchStatements from './search.cypher.js';
export { fullTextParams } from './search.service.js';
declare module '../../context.js' {
  interface Services {
    search: SearchService;
  }
}

export const searchModule = defineModule({
  name: 'search',
  resolvers: searchResolvers,
  create: ({ executor }) => ({ services: { search: new SearchService(new SearchStore(executor)) } }),
});
