import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CitiesQuery, IndustriesQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import {
  CitiesDocument,
  IndustriesDocument,
  NeighborhoodDocument,
  PathsDocument,
  TraceDocument,
} from '../api/documents';
import { download, toCsv, toJson } from '../export/download';
import { GapsView } from '../gaps/GapsView';
import type { GraphCanvasHandle } from '../graph/GraphCanvas';
import type { LayoutName } from '../graph/layouts';
import { toElements, type GraphData } from '../graph/toElements';
import { SearchBox } from '../search/SearchBox';
import { TracePanel } from '../trace/TracePanel';
import { COMMANDS, matchesShortcut, type CommandContext, type CommandHandlers } from './commands';
import { DetailsPanel } from './DetailsPanel';
import { EMPTY_HISTORY, graphReducer, visibleGraph } from './graphStore';
import { t } from './i18n';
import { Legend } from './Legend';
import { Timeline, datedYears, upToYear } from './Timeline';
import { readView, writeView, type Mode, type ViewState } from './url';

// Cytoscape is most of the bundle: load it beside the first paint, not before it.
const GraphCanvas = lazy(() => import('../graph/GraphCanvas').then((m) => ({ default: m.GraphCanvas })));

export function App() {
  const [view, setView] = useState<ViewState>(() => readView(location.search));
  const [graphHistory, dispatch] = useReducer(graphReducer, EMPTY_HISTORY);
  const [selected, setSelected] = useState<string | null>(view.focus);
  const [focusOn, setFocusOn] = useState(false);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [layout, setLayout] = useState<LayoutName>(view.mode === 'trace' ? 'tiers' : 'force');
  const [loading, setLoading] = useState(false);
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [cities, setCities] = useState<CitiesQuery['cities']>([]);
  const [industries, setIndustries] = useState<IndustriesQuery['industries']>([]);
  const canvas = useRef<GraphCanvasHandle>(null);
  const lang = view.lang;

  const patchView = useCallback((patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })), []);
  useEffect(() => {
    window.history.replaceState(null, '', writeView(view));
  }, [view]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    request(CitiesDocument, {}).then(
      (d) => setCities(d.cities),
      () => undefined,
    );
    request(IndustriesDocument, {}).then(
      (d) => setIndustries(d.industries),
      () => undefined,
    );
  }, []);

  const say = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast(null), 2500);
  }, []);

  const guarded = useCallback(async (work: () => Promise<void>) => {
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

  const loadNeighborhood = useCallback(
    (id: string, mode: 'replace' | 'expand') =>
      guarded(async () => {
        const { neighborhood } = await request(NeighborhoodDocument, { id, depth: 1, limit: 200 });
        dispatch({
          type: mode === 'replace' ? 'replace' : 'merge',
          graph: neighborhood,
          truncated: neighborhood.truncated,
        });
        if (mode === 'replace') {
          setLayout('force');
          setHighlight([]);
          patchView({ focus: id, mode: 'explore' });
        }
        setSelected(id);
      }),
    [guarded, patchView],
  );

  const runTrace = useCallback(
    (v: ViewState) =>
      guarded(async () => {
        if (!v.focus?.startsWith('company:')) return;
        const { trace } = await request(TraceDocument, {
          id: v.focus,
          direction: v.direction,
          maxDepth: v.depth,
          industryId: v.industryId,
          cityIds: v.cityIds.length > 0 ? v.cityIds : null,
          limit: 2000,
        });
        dispatch({ type: 'replace', graph: trace, truncated: trace.truncated });
        setLayout('tiers');
        setHighlight([]);
        setSelected(v.focus);
      }),
    [guarded],
  );

  const findPaths = useCallback(
    (from: string, to: string) =>
      guarded(async () => {
        const { paths } = await request(PathsDocument, { fromId: from, toId: to, k: 3 });
        if (paths.paths.length === 0) {
          say(t('noPath', lang));
          return;
        }
        dispatch({ type: 'merge', graph: paths.graph, truncated: false });
        setHighlight([...paths.graph.nodes.map((n) => n.id), ...paths.graph.edges.map((e) => e.id)]);
        say(`${paths.paths.length} ${t('pathsFound', lang)}`);
      }),
    [guarded, lang, say],
  );

  const showCut = useCallback(
    (ids: string[]) =>
      guarded(async () => {
        const [firstId] = ids;
        if (!firstId) return;
        const { trace } = await request(TraceDocument, { id: firstId, direction: 'BOTH', maxDepth: 2, limit: 400 });
        dispatch({ type: 'replace', graph: trace, truncated: trace.truncated });
        setLayout('tiers');
        setHighlight(ids);
        setSelected(firstId);
      }),
    [guarded],
  );

  // Restore the view the URL describes, once, after the first paint (StrictMode's second mount clears the first).
  const initialView = useRef(view);
  useEffect(() => {
    const v = initialView.current;
    const timer = setTimeout(() => {
      if (v.mode === 'trace' && v.focus) void runTrace(v);
      else if (v.focus) void loadNeighborhood(v.focus, 'replace').then(() => patchView({ mode: v.mode }));
    }, 0);
    return () => clearTimeout(timer);
  }, [runTrace, loadNeighborhood, patchView]);

  const shown = useMemo(() => visibleGraph(graphHistory.present), [graphHistory.present]);
  const years = useMemo(() => datedYears(shown), [shown]);
  const visible = useMemo(() => upToYear(shown, year), [shown, year]);
  const elements = useMemo(() => toElements(visible, lang), [visible, lang]);
  const hasGraph = visible.nodes.length > 0;

  const ctx: CommandContext = {
    selected,
    hasGraph,
    canUndo: graphHistory.past.length > 0,
    canRedo: graphHistory.future.length > 0,
    hiddenCount: graphHistory.present.hidden.length,
    focusOn,
  };
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const handlers: CommandHandlers = {
    expand: (id) => void loadNeighborhood(id, 'expand'),
    hide: (id) => dispatch({ type: 'hide', ids: [id] }),
    remove: (id) => {
      dispatch({ type: 'remove', ids: [id] });
      setSelected(null);
    },
    showAll: () => dispatch({ type: 'showAll' }),
    toggleFocus: () => setFocusOn((f) => !f),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    fit: () => canvas.current?.fit(),
    trace: (id) => {
      const next = { ...view, mode: 'trace' as Mode, focus: id };
      setView(next);
      void runTrace(next);
    },
    exportPng: () => void canvas.current?.png().then((b) => download(`g60-${stamp()}.png`, b)),
    exportSvg: () => void canvas.current?.svg().then((s) => download(`g60-${stamp()}.svg`, s, 'image/svg+xml')),
    exportCsv: () => download(`g60-${stamp()}.csv`, toCsv(visible), 'text/csv;charset=utf-8'),
    exportJson: () => download(`g60-${stamp()}.json`, toJson(visible), 'application/json'),
    copyLink: () => {
      void navigator.clipboard?.writeText(location.href).catch(() => undefined);
      say(t('linkCopied', lang));
    },
    toggleLanguage: () => patchView({ lang: lang === 'zh' ? 'en' : 'zh' }),
  };
  const latestCommand = useRef({ ctx, handlers });
  useEffect(() => {
    latestCommand.current = { ctx, handlers };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if (e.key === 'Escape') setMenu(null);
      const { ctx: c, handlers: h } = latestCommand.current;
      const command = COMMANDS.find((cmd) => matchesShortcut(cmd.shortcut, e));
      if (command && command.enabled(c)) {
        e.preventDefault();
        command.run(c, h);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const toolbar = [
    'undo',
    'redo',
    'hide',
    'showAll',
    'focus',
    'fit',
    'exportPng',
    'exportSvg',
    'exportCsv',
    'exportJson',
    'copyLink',
  ];
  const companyName = view.focus ? (visible.nodes.find((n) => n.id === view.focus)?.label ?? view.focus) : null;

  return (
    <div className="app" onClick={() => setMenu(null)}>
      <header>
        <h1>{t('title', lang)}</h1>
        <SearchBox lang={lang} onPick={(id) => void loadNeighborhood(id, 'replace')} />
        <nav className="tabs" aria-label="modes">
          {(['explore', 'trace', 'gaps'] as const).map((m) => (
            <button
              key={m}
              type="button"
              data-testid={`tab-${m}`}
              className={view.mode === m ? 'active' : ''}
              onClick={() => patchView({ mode: m })}
            >
              {t(m, lang)}
            </button>
          ))}
        </nav>
        <button
          type="button"
          data-testid="lang-toggle"
          onClick={handlers.toggleLanguage}
          title={`${t('language', lang)} (L)`}
        >
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
      </header>
      <div className="toolbar" role="toolbar">
        {toolbar.map((id) => {
          const c = COMMANDS.find((x) => x.id === id);
          if (!c) return null;
          return (
            <button
              key={id}
              type="button"
              data-testid={`cmd-${id}`}
              disabled={!c.enabled(ctx)}
              title={`${t(c.label, lang)} (${c.shortcut})`}
              onClick={() => c.run(ctx, handlers)}
            >
              {t(c.label, lang)}
            </button>
          );
        })}
        <select
          aria-label="layout"
          data-testid="layout-select"
          value={layout}
          onChange={(e) => setLayout(e.target.value as LayoutName)}
        >
          <option value="force">{lang === 'zh' ? '力导向布局' : 'Force layout'}</option>
          <option value="tiers">{lang === 'zh' ? '分层布局（上游→下游）' : 'Tiers (upstream → downstream)'}</option>
          <option value="geo">{lang === 'zh' ? '地理布局' : 'Geographic layout'}</option>
        </select>
        <span className="muted counts" data-testid="graph-counts">
          {visible.nodes.length} {t('nodes', lang)} · {visible.edges.length} {t('edges', lang)}
        </span>
      </div>
      <main>
        {view.mode === 'trace' && (
          <TracePanel
            lang={lang}
            view={view}
            cities={cities}
            industries={industries}
            companyName={companyName}
            onChange={patchView}
            onRun={() => void runTrace(view)}
          />
        )}
        {view.mode === 'gaps' && (
          <GapsView
            lang={lang}
            industryId={view.industryId}
            industries={industries}
            onIndustry={(id) => patchView({ industryId: id })}
            onPickCompany={(id) => void loadNeighborhood(id, 'replace').then(() => patchView({ mode: 'gaps' }))}
            onShowCut={(ids) => void showCut(ids)}
          />
        )}
        <div className="canvas-wrap">
          <Suspense fallback={null}>
            <GraphCanvas
              ref={canvas}
              elements={elements}
              layout={layout}
              cities={cities}
              selectedId={selected}
              focus={focusOn}
              highlight={highlight}
              onSelect={setSelected}
              onExpand={handlers.expand}
              onContextMenu={(id, x, y) => setMenu({ id, x, y })}
              onLayoutBusy={setLayoutBusy}
            />
          </Suspense>
          {!hasGraph && !loading && (
            <div className="empty-state" data-testid="empty-state">
              <h2>{t('emptyTitle', lang)}</h2>
              <p>{t('emptyHint', lang)}</p>
            </div>
          )}
          {(loading || layoutBusy) && (
            <div className="banner" role="status" data-testid="busy">
              <span className="spinner" /> {loading ? t('loadingGraph', lang) : t('layouting', lang)}
            </div>
          )}
          {error && (
            <div className="banner error" role="alert">
              {t('error', lang)}: {error}
            </div>
          )}
          {graphHistory.present.truncated && !loading && (
            <div className="banner warn" data-testid="truncated">
              {view.mode === 'trace' ? t('narrow', lang) : t('truncated', lang)}
            </div>
          )}
          {toast && (
            <div className="toast" role="status">
              {toast}
            </div>
          )}
          {menu && (
            <ul
              className="context-menu"
              style={{ left: menu.x, top: menu.y }}
              data-testid="context-menu"
              onClick={(e) => e.stopPropagation()}
            >
              {COMMANDS.filter((c) => c.onNode).map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    disabled={!c.enabled({ ...ctx, selected: menu.id })}
                    onClick={() => {
                      c.run({ ...ctx, selected: menu.id }, handlers);
                      setMenu(null);
                    }}
                  >
                    {t(c.label, lang)} <kbd>{c.shortcut}</kbd>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Legend lang={lang} cities={cities} />
          <Timeline years={years} year={year} lang={lang} onYear={setYear} />
        </div>
        <DetailsPanel
          id={selected}
          lang={lang}
          pathStart={pathStart}
          onExpand={handlers.expand}
          onTrace={handlers.trace}
          onPathStart={(id) => {
            setPathStart(id);
            say(t('pathStart', lang));
          }}
          onPathTo={(id) => pathStart && void findPaths(pathStart, id)}
          onPick={(id) => void loadNeighborhood(id, 'replace')}
        />
      </main>
    </div>
  );
}

export type { GraphData };
