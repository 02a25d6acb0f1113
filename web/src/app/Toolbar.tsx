import { useTranslation } from 'react-i18next';
import type { LayoutName } from '../graph/layouts';
import { SavedViews } from '../views/SavedViews';
import { CommandButtons } from '../workspace/CommandButtons';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';

const LAYOUTS: readonly LayoutName[] = ['force', 'tiers', 'geo'];

const shown = (s: WorkspaceState) => ({
  selected: s.selected,
  layout: s.layout,
  nodes: s.visible.nodes.length,
  edges: s.visible.edges.length,
});

/** The toolbar commands from the registry, the layout, and what is drawn. */
export function Toolbar() {
  const { t } = useTranslation();
  const { selected, layout, nodes, edges } = useWorkspaceState(shown);
  const { setLayout } = useWorkspaceActions();
  return (
    <div className="toolbar" role="toolbar">
      <CommandButtons place="toolbar" target={selected} />
      <select
        aria-label={t('layout.label')}
        data-testid="layout-select"
        value={layout}
        onChange={(e) => setLayout(e.target.value as LayoutName)}
      >
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {t(`layout.${l}`)}
          </option>
        ))}
      </select>
      <SavedViews />
      <span className="muted counts" data-testid="graph-counts">
        {nodes} {t('common.nodes')} · {edges} {t('common.edges')}
      </span>
    </div>
  );
}
