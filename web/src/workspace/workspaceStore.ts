/**
 * The workspace's state outside React: one value, changed only through the actions here, with listeners. React
 * reads it through `useSyncExternalStore` (Workspace.tsx), so a component re-renders when the part it selects
 * changes — the legend when the marks do, the details panel when the selection does — not on every change.
 */
import type { LayoutName } from '../graph/layouts';
import type { GraphData } from '../graph/toElements';
import { EMPTY_HISTORY, graphReducer, visibleGraph, type GraphAction, type History } from './graphHistory';
import type { ViewState } from './view';
import { upToYear } from './years';

/** What every mode shares: the view in the URL, the undoable graph and how it is drawn. */
export interface WorkspaceState {
  view: ViewState;
  history: History;
  /** The graph as drawn: without hidden nodes, and only what existed up to `year`. */
  visible: GraphData;
  year: number | null;
  selected: string | null;
  focusOn: boolean;
  highlight: readonly string[];
  layout: LayoutName;
  /** Canvas classes per element id that a feature puts on what is drawn (a what-if scenario: whatif-removed, …). */
  marks: Readonly<Record<string, string>>;
}

/** The ways to change the state; they never change themselves, so holding them re-renders nothing. */
export interface WorkspaceChanges {
  patchView(patch: Partial<ViewState>): void;
  dispatch(action: GraphAction): void;
  setYear(year: number | null): void;
  select(id: string | null): void;
  toggleFocus(): void;
  setHighlight(ids: readonly string[]): void;
  setLayout(layout: LayoutName): void;
  setMarks(marks: Readonly<Record<string, string>>): void;
}

export interface WorkspaceStore extends WorkspaceChanges {
  get(): WorkspaceState;
  subscribe(listener: () => void): () => void;
}

/** The first state for a view read from a link: its focus selected, a trace laid out in tiers. */
export function initialState(view: ViewState): WorkspaceState {
  return {
    view,
    history: EMPTY_HISTORY,
    visible: visibleGraph(EMPTY_HISTORY.present),
    year: null,
    selected: view.focus,
    focusOn: false,
    highlight: [],
    layout: view.mode === 'trace' ? 'tiers' : 'force',
    marks: {},
  };
}

export function createWorkspaceStore(view: ViewState): WorkspaceStore {
  let state = initialState(view);
  const listeners = new Set<() => void>();
  const change = (patch: Partial<WorkspaceState>) => {
    const next = { ...state, ...patch };
    // `visible` is derived: recomputed only when what it is made of changed, so its readers keep their value.
    if (next.history.present !== state.history.present || next.year !== state.year) {
      next.visible = upToYear(visibleGraph(next.history.present), next.year);
    }
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    patchView: (patch) => change({ view: { ...state.view, ...patch } }),
    dispatch: (action) => {
      const history = graphReducer(state.history, action);
      if (history !== state.history) change({ history });
    },
    setYear: (year) => {
      if (year !== state.year) change({ year });
    },
    select: (selected) => {
      if (selected !== state.selected) change({ selected });
    },
    toggleFocus: () => change({ focusOn: !state.focusOn }),
    setHighlight: (highlight) => change({ highlight }),
    setLayout: (layout) => {
      if (layout !== state.layout) change({ layout });
    },
    setMarks: (marks) => change({ marks }),
  };
}
