/**
 * The explorer's shared workspace: what every mode shares — the view in the URL, the graph on the canvas
 * (undoable), what is selected, highlighted and filtered, the layout, the marks features put on the canvas — and
 * the means to change it. Anything only one feature needs lives in that feature (the trace's path start in
 * trace/, the what-if scenario in scenarios/), and loading, errors and toasts in their own context (ui/notices).
 *
 * Components read the part they show with `useWorkspaceState(select)` and re-render only when it changes;
 * `useWorkspaceActions()` never changes; `useWorkspace()` is everything at once, for commands and code that reads
 * across the workspace.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphCanvasHandle } from '../graph/GraphCanvas';
import { setLanguage } from '../i18n';
import { useNotices, type Notices } from '../ui/notices';
import { readView, writeView } from './view';
import {
  createWorkspaceStore,
  type WorkspaceChanges,
  type WorkspaceState,
  type WorkspaceStore,
} from './workspaceStore';

export type { WorkspaceState } from './workspaceStore';

/** What changes the workspace, and the services beside it; stable but for `t`, which follows the language. */
export interface WorkspaceActions extends WorkspaceChanges, Notices {
  /** The state now, for a handler that acts on it without re-rendering with it (saving a view, say). */
  current(): WorkspaceState;
  canvas: RefObject<GraphCanvasHandle | null>;
  client: QueryClient;
  t: TFunction;
}

export type Workspace = WorkspaceState & WorkspaceActions;

const StoreContext = createContext<WorkspaceStore | null>(null);
const ActionsContext = createContext<WorkspaceActions | null>(null);

function useStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('the workspace is read outside <WorkspaceProvider>');
  return store;
}

const shallowEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
};

/**
 * A snapshot function for useSyncExternalStore: `select` of the store's state, the last answer kept while the
 * state is the same or the answer equal member by member, so that an equal object is the same one.
 */
function selecting<T>(store: WorkspaceStore, select: (state: WorkspaceState) => T): () => T {
  let last: { state: WorkspaceState; value: T } | null = null;
  return () => {
    const state = store.get();
    if (last?.state === state) return last.value;
    const value = select(state);
    last = { state, value: last && shallowEqual(last.value, value) ? last.value : value };
    return last.value;
  };
}

/**
 * The part of the workspace `select` picks; the component re-renders when it changes. `select` may build an
 * object of several parts (`(s) => ({ layout: s.layout, selected: s.selected })`): it is compared member by member.
 */
export function useWorkspaceState<T>(select: (state: WorkspaceState) => T): T {
  const store = useStore();
  const snapshot = useMemo(() => selecting(store, select), [store, select]);
  return useSyncExternalStore(store.subscribe, snapshot);
}

export function useWorkspaceActions(): WorkspaceActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('the workspace is changed outside <WorkspaceProvider>');
  return actions;
}

const everything = (s: WorkspaceState) => s;

/** All of the workspace: re-renders on every change of it. */
export function useWorkspace(): Workspace {
  const state = useWorkspaceState(everything);
  const actions = useWorkspaceActions();
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}

const viewOf = (s: WorkspaceState) => s.view;

/** Inside <NoticesProvider> (its `run` and `notify` come along) and the query client's provider. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createWorkspaceStore(readView(location.search)));
  const canvas = useRef<GraphCanvasHandle>(null);
  const client = useQueryClient();
  const notices = useNotices();
  const { t } = useTranslation();
  const actions = useMemo<WorkspaceActions>(() => {
    const { get, subscribe: _subscribe, ...changes } = store;
    return { ...changes, current: get, run: notices.run, notify: notices.notify, canvas, client, t };
  }, [store, notices, client, t]);
  return (
    <StoreContext.Provider value={store}>
      <ActionsContext.Provider value={actions}>
        <ViewInUrl />
        {children}
      </ActionsContext.Provider>
    </StoreContext.Provider>
  );
}

/** Keeps the address bar and the interface's language in step with the view. */
function ViewInUrl() {
  const view = useWorkspaceState(viewOf);
  useEffect(() => window.history.replaceState(null, '', writeView(view)), [view]);
  useEffect(() => setLanguage(view.lang), [view.lang]);
  return null;
}
