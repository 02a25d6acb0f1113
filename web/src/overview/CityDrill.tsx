import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { industryColor } from '../graph/palette';
import type { Naming } from './overviewElements';
import { OverviewCityProfileDocument } from './overview.documents';

interface Props {
  cityId: string;
  naming: Naming;
  /** Only this industry's chain (the flow view), or all of the city's. */
  industryId: string | null;
  onSegment: (segmentId: string) => void;
  /** The city's target list for an industry (招商清单). */
  onTargets: (industryId: string) => void;
}

/** A city's industries and, for each, every segment of the chain with the city's companies there (0: a local gap). */
export function CityDrill({ cityId, naming, industryId, onSegment, onTargets }: Props) {
  const { t } = useTranslation();
  const profile = useApiQuery(OverviewCityProfileDocument, { cityId });
  if (profile.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (profile.isError) return <p className="error">{profile.error.message}</p>;
  const { companies, industries } = profile.data.cityProfile;
  const shown = industries.filter((i) => !industryId || i.industry.id === industryId);
  return (
    <section data-testid="city-drill">
      <h3>
        {naming.city(cityId)} · {t('overview.cityCompanies', { n: companies.toLocaleString() })}
      </h3>
      {shown.map((i, index) => {
        const max = Math.max(1, ...i.segments.map((s) => s.companies));
        return (
          <details key={i.industry.id} open={index === 0 || industryId !== null}>
            <summary>
              <span className="swatch" style={{ background: industryColor(naming.industry(i.industry.id)) }} />
              {naming.industryName(i.industry.id)} · {i.companies.toLocaleString()}{' '}
              <button
                type="button"
                className="link"
                data-testid="drill-targets"
                onClick={() => onTargets(i.industry.id)}
              >
                {t('targets.open')}
              </button>
            </summary>
            <ul className="segment-bars">
              {i.segments.map((s) => (
                <li key={s.segment.id}>
                  <button
                    type="button"
                    className="link"
                    data-testid="drill-segment"
                    onClick={() => onSegment(s.segment.id)}
                  >
                    {naming.segment(s.segment.id)}
                  </button>
                  <span
                    className="bar"
                    style={{ width: `${(s.companies / max) * 100}%` }}
                    data-zero={s.companies === 0}
                  />
                  <span className="count">{s.companies.toLocaleString()}</span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
