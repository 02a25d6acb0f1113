import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../__generated__/graphql';
import { memberCities, useCities } from '../api/useCorridor';
import { CITY_COLORS, KIND_SHAPES, OTHER_CITY_COLOR } from '../graph/palette';
import { useName } from '../i18n';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';

const marksOf = (s: WorkspaceState) => s.marks;

/** What the colours (member cities) and shapes (kinds) on the canvas mean. */
export function Legend() {
  const { t } = useTranslation();
  const { name } = useName();
  const members = memberCities(useCities());
  const marked = new Set(Object.values(useWorkspaceState(marksOf)));
  return (
    <aside className="legend overlay-panel" aria-label={t('legend.title')} data-testid="legend">
      <h3>{t('legend.title')}</h3>
      <ul className="legend-cities">
        {members.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: CITY_COLORS[c.id] ?? OTHER_CITY_COLOR }} />
            {name(c)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: OTHER_CITY_COLOR }} />
          {t('legend.otherCity')}
        </li>
      </ul>
      <ul className="legend-kinds">
        {Object.entries(KIND_SHAPES)
          .filter(([kind]) => kind !== 'SOURCE')
          .map(([kind, shape]) => (
            <li key={kind}>
              <span className={`shape shape-${shape}`} />
              {t(`kind.${kind as NodeKind}`)}
            </li>
          ))}
        <li>
          <span className="swatch dashed" />
          {t('common.synthetic')}
        </li>
        <li>
          <span className="line supplies" />
          {t('legend.supplies')}
        </li>
        {[...marked].map((mark) => (
          <li key={mark} data-testid={`legend-${mark}`}>
            <span className={`swatch ${mark}`} />
            {t(`legend.${mark as 'whatif-removed'}`)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
