import { command, hasGraph, onNode, type Rule } from '../workspace/command';
import { showNeighborhood } from '../workspace/showNeighborhood';

const anyHidden: Rule = (ws) => ws.history.present.hidden.length > 0;
const canFocus: Rule = (ws, id) => id !== null || ws.focusOn;
const canUndo: Rule = (ws) => ws.history.past.length > 0;
const canRedo: Rule = (ws) => ws.history.future.length > 0;

/** Working on the drawn graph: grow it, prune it, step back and forth, look closer. */
export const EXPLORE_COMMANDS = [
  command('expand', 'E', ['node'], onNode, (ws, id) => id && void showNeighborhood(ws, id, 'expand')),
  command('hide', 'H', ['toolbar', 'node'], onNode, (ws, id) => id && ws.dispatch({ type: 'hide', ids: [id] })),
  command('remove', 'Delete', ['node'], onNode, (ws, id) => {
    if (!id) return;
    ws.dispatch({ type: 'remove', ids: [id] });
    ws.select(null);
  }),
  command('showAll', 'Shift+H', ['toolbar'], anyHidden, (ws) => ws.dispatch({ type: 'showAll' })),
  command('focus', 'F', ['toolbar', 'node'], canFocus, (ws) => ws.toggleFocus()),
  command('undo', 'Ctrl+Z', ['toolbar'], canUndo, (ws) => ws.dispatch({ type: 'undo' })),
  command('redo', 'Ctrl+Shift+Z', ['toolbar'], canRedo, (ws) => ws.dispatch({ type: 'redo' })),
  command('fit', '0', ['toolbar'], hasGraph, (ws) => ws.canvas.current?.fit()),
  command('clear', 'Shift+Delete', ['toolbar'], hasGraph, (ws) => {
    ws.dispatch({ type: 'replace', graph: { nodes: [], edges: [] }, truncated: false });
    ws.select(null);
  }),
];
