/** Views: `savedViews`, `savedView`, save/rename/delete — the explorer's saved views (docs/saved-views.md). */
import { SavedStore } from '../saved/index.js';
import { defineModule } from '../module.js';
import { viewsResolvers } from './views.resolvers.js';
import { ViewsService } from './views.service.js';

declare module '../../context.js' {
  interface Services {
    views: ViewsService;
  }
}

export const viewsModule = defineModule({
  name: 'views',
  resolvers: viewsResolvers,
  create: ({ executor }) => ({ services: { views: new ViewsService(new SavedStore(executor, 'SavedView')) } }),
});
