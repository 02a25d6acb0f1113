import { useTranslation } from 'react-i18next';
import type { LayoutName } from '../graph/layouts';
import { SavedViews } from '../views/SavedViews';
import { CommandButtons } from '../workspace/CommandButtons';
import { useWorkspace } from '../workspace/Workspace';

const LAYOUTS: readonly LayoutName[] = ['force', 'tiers', 'geo'];

/** The toolbar commands from the registry, the layout, and what is drawn. */
export function Toolbar() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <div className="toolbar" role="toolbar">
      <CommandButtons place="toolbar" target={ws.selected} />
      <select
        aria-label={t('layout.label')}
        data-testid="layout-select"
        value={ws.layout}
        onChange={(e) => ws.setLayout(e.target.value as LayoutName)}
      >
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {t(`layout.${l}`)}
          </option>
        ))}
      </select>
      <SavedViews />
      <span className="muted counts" data-testid="graph-counts">
        {ws.visible.nodes.length} {t('common.nodes')} · {ws.visible.edges.length} {t('common.edges')}
      </span>
    </div>
  );
}
