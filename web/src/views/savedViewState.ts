/**
 * A saved view's state: everything the explorer needs to draw exactly what was on the canvas — the view (mode and
 * options), the graph with its hidden nodes, where each node was and the zoom, the layout, year and selection.
 * The server checks its shape (server/src/modules/views/views.service.ts); this module writes and reads it.
 */
import type { Placement } from '../graph/GraphCanvas';
import type { LayoutName } from '../graph/layouts';
import type { GraphData } from '../graph/toElements';
import type { ViewState } from '../workspace/view';
import type { WorkspaceActions, WorkspaceState } from '../workspace/Workspace';

export interface SavedViewState {
  view: Omit<ViewState, 'savedView'>;
  graph: GraphData;
  hidden: string[];
  positions: Placement['positions'];
  viewport: Placement['viewport'];
  layout: LayoutName;
  year: number | null;
  selected: string | null;
  truncated: boolean;
}

export function captureView(ws: WorkspaceState & Pick<WorkspaceActions, 'canvas'>): SavedViewState {
  const { savedView: _, ...view } = ws.view;
  const placement = ws.canvas.current?.placement() ?? { positions: {}, viewport: null };
  const { graph, hidden, truncated } = ws.history.present;
  return {
    view,
    graph,
    hidden,
    positions: placement.positions,
    viewport: placement.viewport,
    layout: ws.layout,
    year: ws.year,
    selected: ws.selected,
    truncated,
  };
}

/**
 * Draws the saved state: the layout first (so that switching it does not lay out the restored nodes again), then
 * the graph placed exactly where it was.
 */
export async function restoreView(ws: WorkspaceActions, id: string, state: SavedViewState): Promise<void> {
  ws.patchView({ ...state.view, savedView: id });
  ws.setLayout(state.layout);
  ws.setYear(state.year);
  // On a fresh page the canvas (loaded beside the first paint) may not be there yet.
  for (let waited = 0; !ws.canvas.current && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 0));
  ws.canvas.current?.placeNext({ positions: state.positions, viewport: state.viewport });
  ws.dispatch({ type: 'restore', state: { graph: state.graph, hidden: state.hidden, truncated: state.truncated } });
  ws.select(state.selected);
}
