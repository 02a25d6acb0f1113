import { useEffect, useRef } from 'react';
import { matchesShortcut, type BoundCommand } from '../workspace/command';
import { useWorkspaceActions } from '../workspace/Workspace';

/** Every command's shortcut, about the selection, except while typing in a field. */
export function useKeyboardShortcuts(commands: readonly BoundCommand[], onEscape: () => void): void {
  const { current } = useWorkspaceActions();
  // The listener is added once; it calls the commands of the latest render.
  const latest = useRef({ commands, onEscape });
  useEffect(() => {
    latest.current = { commands, onEscape };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      const { commands: now, onEscape: escape } = latest.current;
      if (e.key === 'Escape') escape();
      const command = now.find((c) => matchesShortcut(c.shortcut, e));
      const { selected } = current();
      if (command?.enabled(selected)) {
        e.preventDefault();
        command.run(selected);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current]);
}
