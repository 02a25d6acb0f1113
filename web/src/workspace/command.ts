/**
 * A user command: one label, one shortcut and one rule for when it applies, wherever it appears — toolbar,
 * keyboard, context menu, details panel. Each feature declares its commands next to its code; the app's registry
 * (app/commands.ts) puts them together and the toolbar, keys and menus are built from it.
 *
 * A command works on a context: the workspace, plus the state of its own feature where it needs one (the trace's
 * path start, the scenario being built) — `Ctx`. The app gives every command the whole context once, by binding
 * them (`bindCommands`), so the buttons and keys need to know no feature's state.
 */
import type { Messages } from '../i18n/zh';
import type { Workspace } from './Workspace';

export type Place = 'toolbar' | 'node' | 'edge' | 'details';

/** A command's id is also the key of its label in the i18n messages (`command.<id>`). */
export type CommandId = keyof Messages['command'];

export interface Command<Id extends CommandId = CommandId, Ctx = Workspace> {
  id: Id;
  /** Shown in menus and tooltips; matched by `matchesShortcut`. */
  shortcut: string;
  /** Where it appears besides the keyboard: the toolbar, a node's or a link's context menu, the details panel. */
  places: readonly Place[];
  /** `target` is the node the command is about: the selection, or the node right-clicked. */
  enabled(ctx: Ctx, target: string | null): boolean;
  run(ctx: Ctx, target: string | null): void;
}

export type Rule<Ctx = Workspace> = (ctx: Ctx, target: string | null) => boolean;

/** One command in one line: id (and label key), shortcut, places, when it applies, what it does. */
export function command<const Id extends CommandId, Ctx = Workspace>(
  id: Id,
  shortcut: string,
  places: readonly Place[],
  enabled: Rule<Ctx>,
  run: (ctx: Ctx, target: string | null) => void,
): Command<Id, Ctx> {
  return { id, shortcut, places, enabled, run };
}

/** A command with its context given: what buttons and keys call. */
export interface BoundCommand<Id extends CommandId = CommandId> {
  id: Id;
  shortcut: string;
  places: readonly Place[];
  enabled(target: string | null): boolean;
  run(target: string | null): void;
}

export function bindCommands<Ctx, Id extends CommandId>(
  commands: readonly Command<Id, Ctx>[],
  ctx: Ctx,
): BoundCommand<Id>[] {
  return commands.map((c) => ({
    id: c.id,
    shortcut: c.shortcut,
    places: c.places,
    enabled: (target) => c.enabled(ctx, target),
    run: (target) => c.run(ctx, target),
  }));
}

/** Rules many commands share. */
export const always: Rule = () => true;
export const onNode: Rule = (_, target) => target !== null;
export const hasGraph: Rule = (ws) => ws.visible.nodes.length > 0;

/** Whether a keyboard event is the command's shortcut (Ctrl also means ⌘ on macOS). */
export function matchesShortcut(
  shortcut: string,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const ctrl = parts.includes('Ctrl');
  const shift = parts.includes('Shift');
  if ((e.ctrlKey || e.metaKey) !== ctrl || e.shiftKey !== shift || e.altKey) return false;
  return e.key.toLowerCase() === key.toLowerCase() || (key === 'Delete' && e.key === 'Backspace');
}
