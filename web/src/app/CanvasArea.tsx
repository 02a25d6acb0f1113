import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCities } from '../api/useCorridor';
import { Legend } from '../explore/Legend';
import { Timeline } from '../explore/Timeline';
import { toElements } from '../graph/toElements';
import { useName } from '../i18n';
import { useNoticeState } from '../ui/notices';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { ContextMenu, type MenuAt } from './ContextMenu';
import { StatusBanners } from './StatusBanners';

// Cytoscape is most of the bundle: load it beside the first paint, not before it.
const GraphCanvas = lazy(() => import('../graph/GraphCanvas').then((m) => ({ default: m.GraphCanvas })));

const drawn = (s: WorkspaceState) => ({
  visible: s.visible,
  layout: s.layout,
  selected: s.selected,
  focusOn: s.focusOn,
  highlight: s.highlight,
  marks: s.marks,
});

interface Props {
  menu: MenuAt | null;
  onMenu: (menu: MenuAt | null) => void;
}

/** The canvas with what lies over it: empty state, progress and errors, the node menu, legend and timeline. */
export function CanvasArea({ menu, onMenu }: Props) {
  const { lang } = useName();
  const ws = useWorkspaceActions();
  const { canvas, select } = ws;
  const { visible, layout, selected, focusOn, highlight, marks } = useWorkspaceState(drawn);
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
      {visible.nodes.length === 0 && <EmptyState />}
      <StatusBanners layoutBusy={layoutBusy} />
      {menu && <ContextMenu at={menu} onClose={() => onMenu(null)} />}
      <Legend />
      <Timeline />
    </div>
  );
}

/** What to do on an empty canvas, unless something is loading: the notices are read here, not by the canvas. */
function EmptyState() {
  const { t } = useTranslation();
  const { loading } = useNoticeState();
  if (loading) return null;
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.hint')}</p>
    </div>
  );
}
