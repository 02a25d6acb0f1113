import { useTranslation } from 'react-i18next';
import { industryColor, OTHER_CITY_COLOR } from '../graph/palette';
import { PIE_SLICES } from './overviewElements';
import { useOverviewNaming } from './useNaming';

/** What size, slices, line width and dashes mean, the industries' colours, and which zoom level is shown. */
export function OverviewLegend({ flow, level }: { flow: boolean; level: number }) {
  const { t } = useTranslation();
  const { chains, naming } = useOverviewNaming();
  return (
    <aside className="legend overlay-panel" aria-label={t('legend.title')} data-testid="overview-legend">
      <h3>{t('legend.title')}</h3>
      <p data-testid="overview-level">
        {t('overview.levelNow', {
          level: t(`overview.level.${String(flow ? Math.max(level, 1) : level) as '0' | '1' | '2'}`),
        })}
      </p>
      <ul>
        <li>{t('overview.legendSize')}</li>
        {!flow && <li>{t('overview.legendPie')}</li>}
        <li>
          <span className="line supplies" />
          {t('overview.legendEdge')}
        </li>
        {flow && <li>{t('overview.legendLocal')}</li>}
      </ul>
      {!flow && (
        <ul className="legend-cities">
          {chains.slice(0, PIE_SLICES).map((c) => (
            <li key={c.id}>
              <span className="swatch" style={{ background: industryColor(naming.industry(c.id)) }} />
              {naming.industryName(c.id)}
            </li>
          ))}
          {chains.length > PIE_SLICES && (
            <li>
              <span className="swatch" style={{ background: OTHER_CITY_COLOR }} />
              {t('overview.otherIndustries')}
            </li>
          )}
        </ul>
      )}
    </aside>
  );
}
