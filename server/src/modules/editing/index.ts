/** Editing: the mutations that change the facts (write scope). */
import { defineModule } from '../module.js';
import { editingResolvers } from './editing.resolvers.js';
import { EditingService } from './editing.service.js';
import { EditingStore } from './editing.store.js';

declare module '../../context.js' {
  interface Services {
    editing: EditingService;
  }
}

export const editingModule = defineModule({
  name: 'editing',
  resolvers: editingResolvers,
  create: ({ executor }, services) => ({
    services: {
      editing: new EditingService(new EditingStore(executor), { byIds: (ids) => services.entities.byIds(ids) }),
    },
  }),
});
