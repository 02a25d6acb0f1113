/** Access: API keys, their scopes, and who a request is (the principal). No query of its own. */
import { defineModule } from '../module.js';
import { AccessService } from './access.service.js';
import { AccessStore } from './access.store.js';

export * from './access.service.js';

declare module '../../context.js' {
  interface Services {
    access: AccessService;
  }
}

export const accessModule = defineModule({
  name: 'access',
  create: ({ executor }) => ({ services: { access: new AccessService(new AccessStore(executor)) } }),
});
