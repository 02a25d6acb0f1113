/**
 * One registry of user commands, shared by the toolbar, the keyboard and the context menu, so a command has one
 * label, one shortcut and one enabled rule wherever it appears.
 */
import type { StringKey } from './i18n';

export interface CommandContext {
  selected: string | null;
  hasGraph: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hiddenCount: number;
  focusOn: boolean;
}

export interface CommandHandlers {
  expand(id: string): void;
  hide(id: string): void;
  remove(id: string): void;
  showAll(): void;
  toggleFocus(): void;
  undo(): void;
  redo(): void;
  fit(): void;
  trace(id: string): void;
  exportPng(): void;
  exportSvg(): void;
  exportCsv(): void;
  exportJson(): void;
  copyLink(): void;
  toggleLanguage(): void;
}

export interface Command {
  id: string;
  label: StringKey;
  /** Shown in menus; matched by `matchesShortcut`. */
  shortcut: string;
  /** Appears in the node context menu. */
  onNode?: boolean;
  enabled(ctx: CommandContext): boolean;
  run(ctx: CommandContext, h: CommandHandlers): void;
}

const withSelection = (f: (id: string, h: CommandHandlers) => void) => (ctx: CommandContext, h: CommandHandlers) => {
  if (ctx.selected) f(ctx.selected, h);
};

export const COMMANDS: Command[] = [
  {
    id: 'expand',
    label: 'expand',
    shortcut: 'E',
    onNode: true,
    enabled: (c) => !!c.selected,
    run: withSelection((id, h) => h.expand(id)),
  },
  {
    id: 'trace',
    label: 'trace',
    shortcut: 'T',
    onNode: true,
    enabled: (c) => !!c.selected?.startsWith('company:'),
    run: withSelection((id, h) => h.trace(id)),
  },
  {
    id: 'hide',
    label: 'hide',
    shortcut: 'H',
    onNode: true,
    enabled: (c) => !!c.selected,
    run: withSelection((id, h) => h.hide(id)),
  },
  {
    id: 'remove',
    label: 'remove',
    shortcut: 'Delete',
    onNode: true,
    enabled: (c) => !!c.selected,
    run: withSelection((id, h) => h.remove(id)),
  },
  {
    id: 'focus',
    label: 'focusMode',
    shortcut: 'F',
    onNode: true,
    enabled: (c) => !!c.selected || c.focusOn,
    run: (_, h) => h.toggleFocus(),
  },
  {
    id: 'showAll',
    label: 'showAll',
    shortcut: 'Shift+H',
    enabled: (c) => c.hiddenCount > 0,
    run: (_, h) => h.showAll(),
  },
  { id: 'undo', label: 'undo', shortcut: 'Ctrl+Z', enabled: (c) => c.canUndo, run: (_, h) => h.undo() },
  { id: 'redo', label: 'redo', shortcut: 'Ctrl+Shift+Z', enabled: (c) => c.canRedo, run: (_, h) => h.redo() },
  { id: 'fit', label: 'fit', shortcut: '0', enabled: (c) => c.hasGraph, run: (_, h) => h.fit() },
  {
    id: 'exportPng',
    label: 'exportPng',
    shortcut: 'Shift+P',
    enabled: (c) => c.hasGraph,
    run: (_, h) => h.exportPng(),
  },
  {
    id: 'exportSvg',
    label: 'exportSvg',
    shortcut: 'Shift+S',
    enabled: (c) => c.hasGraph,
    run: (_, h) => h.exportSvg(),
  },
  {
    id: 'exportCsv',
    label: 'exportCsv',
    shortcut: 'Shift+C',
    enabled: (c) => c.hasGraph,
    run: (_, h) => h.exportCsv(),
  },
  {
    id: 'exportJson',
    label: 'exportJson',
    shortcut: 'Shift+J',
    enabled: (c) => c.hasGraph,
    run: (_, h) => h.exportJson(),
  },
  { id: 'copyLink', label: 'copyLink', shortcut: 'Shift+L', enabled: () => true, run: (_, h) => h.copyLink() },
  { id: 'language', label: 'language', shortcut: 'L', enabled: () => true, run: (_, h) => h.toggleLanguage() },
];

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
