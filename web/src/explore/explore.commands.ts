import { defineCommands } from '../workspace/command';
import { showNeighborhood } from '../workspace/showNeighborhood';

/** Working on the drawn graph: grow it, prune it, step back and forth, look closer. */
export const EXPLORE_COMMANDS = defineCommands([
  {
    id: 'expand',
    label: 'expand',
    shortcut: 'E',
    places: ['node'],
    enabled: (_, target) => target !== null,
    run: (ws, target) => target && void showNeighborhood(ws, target, 'expand'),
  },
  {
    id: 'hide',
    label: 'hide',
    shortcut: 'H',
    places: ['toolbar', 'node'],
    enabled: (_, target) => target !== null,
    run: (ws, target) => target && ws.dispatch({ type: 'hide', ids: [target] }),
  },
  {
    id: 'remove',
    label: 'remove',
    shortcut: 'Delete',
    places: ['node'],
    enabled: (_, target) => target !== null,
    run: (ws, target) => {
      if (!target) return;
      ws.dispatch({ type: 'remove', ids: [target] });
      ws.select(null);
    },
  },
  {
    id: 'showAll',
    label: 'showAll',
    shortcut: 'Shift+H',
    places: ['toolbar'],
    enabled: (ws) => ws.history.present.hidden.length > 0,
    run: (ws) => ws.dispatch({ type: 'showAll' }),
  },
  {
    id: 'focus',
    label: 'focus',
    shortcut: 'F',
    places: ['toolbar', 'node'],
    enabled: (ws, target) => target !== null || ws.focusOn,
    run: (ws) => ws.toggleFocus(),
  },
  {
    id: 'undo',
    label: 'undo',
    shortcut: 'Ctrl+Z',
    places: ['toolbar'],
    enabled: (ws) => ws.history.past.length > 0,
    run: (ws) => ws.dispatch({ type: 'undo' }),
  },
  {
    id: 'redo',
    label: 'redo',
    shortcut: 'Ctrl+Shift+Z',
    places: ['toolbar'],
    enabled: (ws) => ws.history.future.length > 0,
    run: (ws) => ws.dispatch({ type: 'redo' }),
  },
  {
    id: 'fit',
    label: 'fit',
    shortcut: '0',
    places: ['toolbar'],
    enabled: (ws) => ws.visible.nodes.length > 0,
    run: (ws) => ws.canvas.current?.fit(),
  },
]);
