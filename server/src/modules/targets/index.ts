/** Targets: `targetList` and its Excel form (GET /api/target-list.xlsx, http/targetList.ts); docs/targets.md. */
import { defineModule } from '../module.js';
import { targetsResolvers } from './targets.resolvers.js';
import { TargetsService } from './targets.service.js';
import { TargetsStore } from './targets.store.js';

export { targetListXlsx, type XlsxLang } from './targetsXlsx.js';
export type { TargetListResult } from './targets.service.js';

/** The statements, for the bench's raw-driver baselines. */
export * as targetsStatements from './targets.cypher.js';
declare module '../../context.js' {
  interface Services {
    targets: TargetsService;
  }
}

export const targetsModule = defineModule({
  name: 'targets',
  resolvers: targetsResolvers,
  create: ({ executor }, services) => ({
    services: { targets: new TargetsService(new TargetsStore(executor), () => services.overview.current()) },
  }),
});
