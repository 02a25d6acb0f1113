/** Changes: `changes` — the change sets every write records, for syncing partner systems (docs/changes.md). */
import { defineModule } from '../module.js';
import { changesResolvers } from './changes.resolvers.js';
import { ChangesService } from './changes.service.js';
import { ChangesStore } from './changes.store.js';

export type { ChangeSetPage, ChangeSetResult, ChangedEntityPage } from './changes.service.js';
export { ChangesService } from './changes.service.js';

declare module '../../context.js' {
  interface Services {
    changes: ChangesService;
  }
}

export const changesModule = defineModule({
  name: 'changes',
  resolvers: changesResolvers,
  create: ({ executor }) => ({ services: { changes: new ChangesService(new ChangesStore(executor)) } }),
});
