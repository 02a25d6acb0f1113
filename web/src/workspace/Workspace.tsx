/**
 * The explorer's shared workspace: the graph on the canvas (undoable), what is selected, highlighted and filtered,
 * the view in the URL, and the means to change them. Every mode draws into the same canvas, so this is the state
 * features share; anything only one feature needs stays in that feature.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphCanvasHandle } from '../graph/GraphCanvas';
import type { LayoutName } from '../graph/layouts';
import type { GraphData } from '../graph/toElements';
import { setLanguage } from '../i18n';
import { EMPTY_DRAFT, type ScenarioDraft } from './scenarioDraft';
import { EMPTY_HISTORY, graphReducer, visibleGraph, type GraphAction, type History } from './graphHistory';
import { upToYear } from './years';
import { readView, writeView, type ViewState } from './view';

export interface Workspace {
  view: ViewState;
  patchView(patch: Partial<ViewState>): void;
  history: History;
  dispatch(action: GraphAction): void;
  /** The graph as drawn: without hidden nodes, and only what existed up to `year`. */
  visible: GraphData;
  year: number | null;
  setYear(year: number | null): void;
  selected: string | null;
  select(id: string | null): void;
  focusOn: boolean;
  toggleFocus(): void;
  highlight: readonly string[];
  setHighlight(ids: readonly string[]): void;
  layout: LayoutName;
  setLayout(layout: LayoutName): void;
  pathStart: string | null;
  setPathStart(id: string | null): void;
  /** The what-if scenario being built or shown (gaps mode; the canvas' context menu adds to it). */
  scenario: ScenarioDraft;
  /** The company marked as the supplier of a what-if link (the next one picked becomes its customer). */
  whatIfSupplier: string | null;
  setWhatIfSupplier(id: string | null): void;
  setScenario(update: (draft: ScenarioDraft) => ScenarioDraft): void;
  /** What the scenario does to drawn companies, as canvas classes: whatif-removed, whatif-stranded, … */
  marks: Readonly<Record<string, string>>;
  setMarks(marks: Readonly<Record<string, string>>): void;
  loading: boolean;
  error: string | null;
  toast: string | null;
  /** Runs a load: shows the loading state, and its error if it fails. */
  run(work: () => Promise<void>): Promise<void>;
  notify(message: string): void;
  canvas: RefObject<GraphCanvasHandle | null>;
  client: QueryClient;
  t: TFunction;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside <WorkspaceProvider>');
  return ws;
}

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ViewState>(() => readView(location.search));
  const [history, dispatch] = useReducer(graphReducer, EMPTY_HISTORY);
  const [selected, select] = useState<string | null>(view.focus);
  const [focusOn, setFocusOn] = useState(false);
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const [layout, setLayout] = useState<LayoutName>(view.mode === 'trace' ? 'tiers' : 'force');
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [scenario, setScenarioState] = useState<ScenarioDraft>(EMPTY_DRAFT);
  const [whatIfSupplier, setWhatIfSupplier] = useState<string | null>(null);
  const [marks, setMarks] = useState<Readonly<Record<string, string>>>({});
  const [year, setYear] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);
  const client = useQueryClient();
  const { t } = useTranslation();

  useEffect(() => window.history.replaceState(null, '', writeView(view)), [view]);
  useEffect(() => setLanguage(view.lang), [view.lang]);

  const patchView = useCallback((patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })), []);
  const setScenario = useCallback((update: (d: ScenarioDraft) => ScenarioDraft) => setScenarioState(update), []);
  const toggleFocus = useCallback(() => setFocusOn((f) => !f), []);
  const notify = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast(null), 2500);
  }, []);
  const run = useCallback(async (work: () => Promise<void>) => {
    setLoading(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  const visible = useMemo(() => upToYear(visibleGraph(history.present), year), [history.present, year]);
  const ws = useMemo<Workspace>(
    () => ({
      view,
      patchView,
      history,
      dispatch,
      visible,
      year,
      setYear,
      selected,
      select,
      focusOn,
      toggleFocus,
      highlight,
      setHighlight,
      layout,
      setLayout,
      pathStart,
      setPathStart,
      scenario,
      setScenario,
      whatIfSupplier,
      setWhatIfSupplier,
      marks,
      setMarks,
      loading,
      error,
      toast,
      run,
      notify,
      canvas,
      client,
      t,
    }),
    // prettier-ignore
    [view, patchView, history, visible, year, selected, focusOn, toggleFocus, highlight, layout, pathStart, scenario,
      setScenario, whatIfSupplier, marks, loading, error, toast, run, notify, client, t],
  );
  return <WorkspaceContext.Provider value={ws}>{children}</WorkspaceContext.Provider>;
}
