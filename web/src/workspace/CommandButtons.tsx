/**
 * Buttons for the commands of one place, in registry order. The app gives the registry through
 * `CommandsProvider`, so a feature can show commands of other features (the details panel shows trace's) without
 * importing them.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command, Place } from './command';
import { useWorkspace } from './Workspace';

const CommandsContext = createContext<readonly Command[]>([]);

export function CommandsProvider({ commands, children }: { commands: readonly Command[]; children: ReactNode }) {
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export const useCommands = () => useContext(CommandsContext);

const TEST_ID: Record<Place, string> = { toolbar: 'cmd', node: 'menu', edge: 'menu', details: 'details' };

interface Props {
  place: Place;
  target: string | null;
  /** Hide the commands that do not apply instead of disabling them. */
  hideDisabled?: boolean;
  /** After a command ran (a menu closes). */
  onRun?: () => void;
}

export function CommandButtons({ place, target, hideDisabled = false, onRun }: Props) {
  const ws = useWorkspace();
  const { t } = useTranslation();
  return useCommands()
    .filter((c) => c.places.includes(place))
    .map((c) => {
      const enabled = c.enabled(ws, target);
      if (!enabled && hideDisabled) return null;
      return (
        <button
          key={c.id}
          type="button"
          data-testid={`${TEST_ID[place]}-${c.id}`}
          disabled={!enabled}
          title={`${t(`command.${c.id}`)} (${c.shortcut})`}
          onClick={() => {
            c.run(ws, target);
            onRun?.();
          }}
        >
          {t(`command.${c.id}`)}
          {(place === 'node' || place === 'edge') && <kbd>{c.shortcut}</kbd>}
        </button>
      );
    });
}
