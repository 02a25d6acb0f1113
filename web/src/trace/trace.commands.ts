import { command, type Rule } from '../workspace/command';
import type { Workspace } from '../workspace/Workspace';
import { findPaths, runTrace } from './trace.actions';
import type { TraceState } from './TraceState';

/** What the trace's commands work on: the workspace and the trace's own state. */
export type TraceContext = Workspace & { trace: TraceState };

const isCompany = (id: string | null): id is string => !!id?.startsWith('company:');
const onCompany: Rule = (_, id) => isCompany(id);
const canPathTo: Rule<TraceContext> = (ctx, id) =>
  isCompany(id) && ctx.trace.pathStart !== null && ctx.trace.pathStart !== id;

/** Switches to the trace mode about the company and traces it with the current options. */
function traceFrom(ws: Workspace, id: string | null): void {
  if (!isCompany(id)) return;
  const next = { ...ws.view, mode: 'trace' as const, focus: id };
  ws.patchView(next);
  void runTrace(ws, next);
}

function markPathStart(ctx: TraceContext, id: string | null): void {
  if (!isCompany(id)) return;
  ctx.trace.setPathStart(id);
  ctx.notify(ctx.t('status.pathStartSet'));
}

function pathsToHere(ctx: TraceContext, id: string | null): void {
  if (isCompany(id) && ctx.trace.pathStart) void findPaths(ctx, ctx.trace.pathStart, id);
}

/** Following supply links from a company: a trace, and the shortest supply paths between two companies. */
export const TRACE_COMMANDS = [
  command('trace', 'T', ['node', 'details'], onCompany, traceFrom),
  command('pathStart', 'S', ['node', 'details'], onCompany, markPathStart),
  command('pathTo', 'P', ['node', 'details'], canPathTo, pathsToHere),
];
