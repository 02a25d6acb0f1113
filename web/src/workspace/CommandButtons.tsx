/**
 * Buttons for the commands of one place, in registry order. The app gives the registry, bound to its context,
 * through `CommandsProvider`, so a feature can show commands of other features (the details panel shows trace's)
 * without importing them or their state.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundCommand, CommandId, Place } from './command';

const CommandsContext = createContext<readonly BoundCommand[]>([]);

export function CommandsProvider({ commands, children }: { commands: readonly BoundCommand[]; children: ReactNode }) {
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export const useCommands = () => useContext(CommandsContext);

/** One command of the registry, by id. */
export function useCommand(id: CommandId): BoundCommand {
  const command = useCommands().find((c) => c.id === id);
  if (!command) throw new Error(`no command ${id}`);
  return command;
}

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
  const { t } = useTranslation();
  return useCommands()
    .filter((c) => c.places.includes(place))
    .map((c) => {
      const enabled = c.enabled(target);
      if (!enabled && hideDisabled) return null;
      return (
        <button
          key={c.id}
          type="button"
          data-testid={`${TEST_ID[place]}-${c.id}`}
          disabled={!enabled}
          title={`${t(`command.${c.id}`)} (${c.shortcut})`}
          onClick={() => {
            c.run(target);
            onRun?.();
          }}
        >
          {t(`command.${c.id}`)}
          {(place === 'node' || place === 'edge') && <kbd>{c.shortcut}</kbd>}
        </button>
      );
    });
}
