/**
 * The registry: every command of every feature, in the order toolbars and menus show them. Adding a command is
 * one entry in its feature's `*.commands.ts` and its label in i18n/zh.ts and i18n/en.ts; the toolbar, the keyboard,
 * the context menu and the details panel pick it up from here.
 */
import { EXPLORE_COMMANDS } from '../explore/explore.commands';
import { EXPORT_COMMANDS } from '../export/export.commands';
import { TRACE_COMMANDS } from '../trace/trace.commands';
import { defineCommands } from '../workspace/command';

const APP_COMMANDS = defineCommands([
  {
    id: 'language',
    label: 'language',
    shortcut: 'L',
    places: [],
    enabled: () => true,
    run: (ws) => ws.patchView({ lang: ws.view.lang === 'zh' ? 'en' : 'zh' }),
  },
]);

export const COMMANDS = [...EXPLORE_COMMANDS, ...TRACE_COMMANDS, ...EXPORT_COMMANDS, ...APP_COMMANDS];

/** The closed set of command ids. */
export type CommandId = (typeof COMMANDS)[number]['id'];

export function commandById(id: CommandId) {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`no command ${id}`);
  return command;
}
