import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCities } from '../api/useCorridor';
import { Legend } from '../explore/Legend';
import { Timeline } from '../explore/Timeline';
import { toElements } from '../graph/toElements';
import { useName } from '../i18n';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspace } from '../workspace/Workspace';
import { ContextMenu, type MenuAt } from './ContextMenu';
import { StatusBanners } from './StatusBanners';

// Cytoscape is most of the bundle: load it beside the first paint, not before it.
const GraphCanvas = lazy(() => import('../graph/GraphCanvas').then((m) => ({ default: m.GraphCanvas })));

interface Props {
  menu: MenuAt | null;
  onMenu: (menu: MenuAt | null) => void;
}

/** The canvas with what lies over it: empty state, progress and errors, the node menu, legend and timeline. */
export function CanvasArea({ menu, onMenu }: Props) {
  const { t } = useTranslation();
  const { lang } = useName();
  const ws = useWorkspace();
  const { canvas, visible, layout, selected, focusOn, highlight, marks, select, loading } = ws;
  const cities = useCities();
  const [layoutBusy, setLayoutBusy] = useState(false);
  const elements = useMemo(() => toElements(visible, lang), [visible, lang]);
  return (
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
          marks={marks}
          onSelect={select}
          onExpand={(id) => void showNeighborhood(ws, id, 'expand')}
          onContextMenu={(id, x, y) => onMenu({ id, x, y })}
          onLayoutBusy={setLayoutBusy}
        />
      </Suspense>
      {visible.nodes.length === 0 && !loading && (
        <div className="empty-state" data-testid="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.hint')}</p>
        </div>
      )}
      <StatusBanners layoutBusy={layoutBusy} />
      {menu && <ContextMenu at={menu} onClose={() => onMenu(null)} />}
      <Legend />
      <Timeline />
    </div>
  );
}
