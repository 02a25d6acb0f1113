/**
 * The registry: every command of every feature, in the order toolbars and menus show them. Adding a command is
 * one line in its feature's `*.commands.ts` and its label under `command` in i18n/zh.ts and i18n/en.ts (the id is
 * the label's key); the toolbar, the keyboard, the context menu and the details panel pick it up from here.
 */
import { EXPLORE_COMMANDS } from '../explore/explore.commands';
import { EXPORT_COMMANDS } from '../export/export.commands';
import { SCENARIO_COMMANDS, type ScenarioContext } from '../scenarios/scenario.commands';
import { TRACE_COMMANDS, type TraceContext } from '../trace/trace.commands';
import { always, command } from '../workspace/command';

const APP_COMMANDS = [
  command('language', 'L', [], always, (ws) => ws.patchView({ lang: ws.view.lang === 'zh' ? 'en' : 'zh' })),
];

export const COMMANDS = [
  ...EXPLORE_COMMANDS,
  ...TRACE_COMMANDS,
  ...SCENARIO_COMMANDS,
  ...EXPORT_COMMANDS,
  ...APP_COMMANDS,
];

/** What every command gets: the workspace and the state of each feature that has commands. */
export type CommandContext = TraceContext & ScenarioContext;

/** The ids of the commands the app has: a closed union. */
export type RegisteredId = (typeof COMMANDS)[number]['id'];
