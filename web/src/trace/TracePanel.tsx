import type { CitiesQuery, IndustriesQuery } from '../__generated__/graphql';
import { t, type Lang } from '../app/i18n';
import type { ViewState } from '../app/url';
import { CITY_COLORS } from '../graph/palette';

interface Props {
  lang: Lang;
  view: ViewState;
  cities: CitiesQuery['cities'];
  industries: IndustriesQuery['industries'];
  companyName: string | null;
  onChange: (patch: Partial<ViewState>) => void;
  onRun: () => void;
}

/** Trace controls: direction, tiers (1–6), industry and cities. Every change lands in the URL. */
export function TracePanel({ lang, view, cities, industries, companyName, onChange, onRun }: Props) {
  const members = cities.filter((c) => CITY_COLORS[c.id]);
  const name = (c: { nameZh: string; nameEn?: string | null }) => (lang === 'en' && c.nameEn ? c.nameEn : c.nameZh);
  return (
    <section className="panel trace-panel" data-testid="trace-panel">
      <div className="field">
        <span className="label">{t('traceFrom', lang)}</span>
        <strong data-testid="trace-company">{companyName ?? t('pickCompany', lang)}</strong>
      </div>
      <label className="field">
        <span className="label">{t('direction', lang)}</span>
        <select
          data-testid="trace-direction"
          value={view.direction}
          onChange={(e) => onChange({ direction: e.target.value as ViewState['direction'] })}
        >
          <option value="UPSTREAM">{t('upstream', lang)}</option>
          <option value="DOWNSTREAM">{t('downstream', lang)}</option>
          <option value="BOTH">{t('both', lang)}</option>
        </select>
      </label>
      <label className="field">
        <span className="label">
          {t('depth', lang)}: {view.depth}
        </span>
        <input
          type="range"
          min={1}
          max={6}
          value={view.depth}
          data-testid="trace-depth"
          onChange={(e) => onChange({ depth: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        <span className="label">{t('industry', lang)}</span>
        <select value={view.industryId ?? ''} onChange={(e) => onChange({ industryId: e.target.value || null })}>
          <option value="">{t('anyIndustry', lang)}</option>
          {industries.map((i) => (
            <option key={i.id} value={i.id}>
              {name(i)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field cities" data-testid="trace-cities">
        <legend className="label">{t('cities', lang)}</legend>
        {members.map((c) => (
          <label key={c.id} className="city-check">
            <input
              type="checkbox"
              value={c.id}
              checked={view.cityIds.includes(c.id)}
              onChange={(e) =>
                onChange({
                  cityIds: e.target.checked ? [...view.cityIds, c.id] : view.cityIds.filter((id) => id !== c.id),
                })
              }
            />
            <span className="swatch" style={{ background: CITY_COLORS[c.id] }} />
            {name(c)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="primary"
        data-testid="trace-run"
        disabled={!view.focus?.startsWith('company:')}
        onClick={onRun}
      >
        {t('runTrace', lang)}
      </button>
    </section>
  );
}
