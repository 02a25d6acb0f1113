import { useEffect, useRef } from 'react';
import { matchesShortcut, type Command } from '../workspace/command';
import { useWorkspace } from '../workspace/Workspace';

/** Every command's shortcut, about the selection, except while typing in a field. */
export function useKeyboardShortcuts(commands: readonly Command[], onEscape: () => void): void {
  const ws = useWorkspace();
  // The listener is added once; it reads the workspace of the latest render.
  const latest = useRef({ ws, onEscape });
  useEffect(() => {
    latest.current = { ws, onEscape };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      const { ws: current, onEscape: escape } = latest.current;
      if (e.key === 'Escape') escape();
      const command = commands.find((c) => matchesShortcut(c.shortcut, e));
      if (command?.enabled(current, current.selected)) {
        e.preventDefault();
        command.run(current, current.selected);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
