import { command, type Rule } from '../workspace/command';
import type { Workspace } from '../workspace/Workspace';
import { findPaths, runTrace } from './trace.actions';

const isCompany = (id: string | null): id is string => !!id?.startsWith('company:');
const onCompany: Rule = (_, id) => isCompany(id);
const canPathTo: Rule = (ws, id) => isCompany(id) && ws.pathStart !== null && ws.pathStart !== id;

/** Switches to the trace mode about the company and traces it with the current options. */
function traceFrom(ws: Workspace, id: string | null): void {
  if (!isCompany(id)) return;
  const next = { ...ws.view, mode: 'trace' as const, focus: id };
  ws.patchView(next);
  void runTrace(ws, next);
}

function markPathStart(ws: Workspace, id: string | null): void {
  if (!isCompany(id)) return;
  ws.setPathStart(id);
  ws.notify(ws.t('status.pathStartSet'));
}

function pathsToHere(ws: Workspace, id: string | null): void {
  if (isCompany(id) && ws.pathStart) void findPaths(ws, ws.pathStart, id);
}

/** Following supply links from a company: a trace, and the shortest supply paths between two companies. */
export const TRACE_COMMANDS = [
  command('trace', 'T', ['node', 'details'], onCompany, traceFrom),
  command('pathStart', 'S', ['node', 'details'], onCompany, markPathStart),
  command('pathTo', 'P', ['node', 'details'], canPathTo, pathsToHere),
];
