import type { CitiesQuery } from '../__generated__/graphql';
import { CITY_COLORS, KIND_SHAPES, OTHER_CITY_COLOR } from '../graph/palette';
import { kindName, t, type Lang } from './i18n';

export function Legend({ lang, cities }: { lang: Lang; cities: CitiesQuery['cities'] }) {
  const members = cities.filter((c) => CITY_COLORS[c.id]);
  return (
    <aside className="legend" aria-label={t('legend', lang)} data-testid="legend">
      <h3>{t('legend', lang)}</h3>
      <ul className="legend-cities">
        {members.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: CITY_COLORS[c.id] }} />
            {lang === 'en' && c.nameEn ? c.nameEn : c.nameZh}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: OTHER_CITY_COLOR }} />
          {t('otherCity', lang)}
        </li>
      </ul>
      <ul className="legend-kinds">
        {Object.entries(KIND_SHAPES)
          .filter(([kind]) => kind !== 'SOURCE')
          .map(([kind, shape]) => (
            <li key={kind}>
              <span className={`shape shape-${shape}`} />
              {kindName(kind, lang)}
            </li>
          ))}
        <li>
          <span className="swatch dashed" />
          {t('synthetic', lang)}
        </li>
        <li>
          <span className="line supplies" />
          SUPPLIES
        </li>
      </ul>
    </aside>
  );
}
