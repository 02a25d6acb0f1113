import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { request } from '../api/client';
import { NeighborhoodDocument } from '../api/documents';
import { mergeGraphs, toElements, type GraphData } from '../graph/toElements';

// Cytoscape is most of the bundle: load it beside the first paint, not before it.
const GraphCanvas = lazy(() => import('../graph/GraphCanvas').then((m) => ({ default: m.GraphCanvas })));
import { SearchBox } from '../search/SearchBox';
import { DetailsPanel } from './DetailsPanel';
import { t, type Lang } from './i18n';
import { Legend } from './Legend';

const EMPTY: GraphData = { nodes: [], edges: [] };

export function App() {
  const [lang, setLang] = useState<Lang>('zh');
  const [graph, setGraph] = useState<GraphData>(EMPTY);
  const [selected, setSelected] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [truncated, setTruncated] = useState(false);

  const load = useCallback(async (id: string, mode: 'replace' | 'expand') => {
    setLoading(true);
    setError(null);
    try {
      const { neighborhood } = await request(NeighborhoodDocument, { id, depth: 1, limit: 200 });
      setGraph((g) => (mode === 'replace' ? neighborhood : mergeGraphs(g, neighborhood)));
      setTruncated(neighborhood.truncated);
      setSelected(id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  const elements = useMemo(() => toElements(graph, lang), [graph, lang]);

  return (
    <div className="app">
      <header>
        <h1>{t('title', lang)}</h1>
        <SearchBox lang={lang} onPick={(id) => void load(id, 'replace')} />
        <div className="toolbar">
          <span className="muted" data-testid="graph-counts">
            {graph.nodes.length} {t('nodes', lang)} · {graph.edges.length} {t('edges', lang)}
          </span>
          <button type="button" onClick={() => setGraph(EMPTY)} disabled={graph.nodes.length === 0}>
            {t('clear', lang)}
          </button>
          <button type="button" data-testid="lang-toggle" onClick={() => setLang((l) => (l === 'zh' ? 'en' : 'zh'))}>
            {lang === 'zh' ? 'EN' : '中文'}
          </button>
        </div>
      </header>
      <main>
        <div className="canvas-wrap">
          <Suspense fallback={null}>
            <GraphCanvas
              elements={elements}
              selectedId={selected}
              onSelect={setSelected}
              onExpand={(id) => void load(id, 'expand')}
            />
          </Suspense>
          {graph.nodes.length === 0 && !loading && (
            <div className="empty-state" data-testid="empty-state">
              <h2>{t('emptyTitle', lang)}</h2>
              <p>{t('emptyHint', lang)}</p>
            </div>
          )}
          {loading && <div className="banner">{t('loadingGraph', lang)}</div>}
          {error && (
            <div className="banner error" role="alert">
              {t('error', lang)}: {error}
            </div>
          )}
          {truncated && !loading && <div className="banner warn">{t('truncated', lang)}</div>}
          <Legend lang={lang} />
        </div>
        <DetailsPanel id={selected} lang={lang} onExpand={(id) => void load(id, 'expand')} />
      </main>
    </div>
  );
}
