import { defineCommands } from '../workspace/command';
import { findPaths, runTrace } from './trace.actions';

const isCompany = (id: string | null): id is string => !!id?.startsWith('company:');

/** Following supply links from a company: a trace, and the shortest supply paths between two companies. */
export const TRACE_COMMANDS = defineCommands([
  {
    id: 'trace',
    label: 'trace',
    shortcut: 'T',
    places: ['node', 'details'],
    enabled: (_, target) => isCompany(target),
    run: (ws, target) => {
      if (!isCompany(target)) return;
      const next = { ...ws.view, mode: 'trace' as const, focus: target };
      ws.patchView(next);
      void runTrace(ws, next);
    },
  },
  {
    id: 'pathStart',
    label: 'pathStart',
    shortcut: 'S',
    places: ['node', 'details'],
    enabled: (_, target) => isCompany(target),
    run: (ws, target) => {
      if (!isCompany(target)) return;
      ws.setPathStart(target);
      ws.notify(ws.t('status.pathStartSet'));
    },
  },
  {
    id: 'pathTo',
    label: 'pathTo',
    shortcut: 'P',
    places: ['node', 'details'],
    enabled: (ws, target) => isCompany(target) && ws.pathStart !== null && ws.pathStart !== target,
    run: (ws, target) => {
      if (isCompany(target) && ws.pathStart) void findPaths(ws, ws.pathStart, target);
    },
  },
]);
