/**
 * A city's target list (招商清单) as a page to read, print (A4, print CSS) or download as Excel: the segments where
 * the city has a local gap or a single source, and the ranked candidates from the other member cities with their
 * reasons and ties (docs/targets.md). City and industry are in the URL.
 */
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { memberCities, useCities, useIndustries } from '../api/useCorridor';
import { ScoreReasons } from '../gaps/ScoreReasons';
import { useName } from '../i18n';
import { IndustrySelect } from '../ui/IndustrySelect';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { TargetListDocument } from './targets.documents';

/** Candidates a segment shows on the page (the Excel file has up to 1,000). */
const ON_PAGE = 20;
const IN_XLSX = 200;

const where = (s: WorkspaceState) => ({ city: s.view.city, industryId: s.view.industryId });

export function TargetsView() {
  const { t } = useTranslation();
  const ws = useWorkspaceActions();
  const { name, lang } = useName();
  const cities = useCities();
  const industries = useIndustries();
  const { city, industryId } = useWorkspaceState(where);
  const ready = city !== null && industryId !== null;
  const answer = useApiQuery(TargetListDocument, ready ? { cityId: city, industryId, first: ON_PAGE } : undefined);
  const cityName = (id: string) => {
    const c = cities.find((x) => x.id === id);
    return c ? name(c) : id;
  };
  const segmentName = (id: string) => {
    for (const i of industries) {
      const s = i.segments.find((x) => x.id === id);
      if (s) return name(s);
    }
    return id;
  };
  const industry = industries.find((i) => i.id === industryId);
  const xlsx = ready
    ? `/api/target-list.xlsx?${new URLSearchParams({ city, industry: industryId, first: String(IN_XLSX), lang })}`
    : null;

  return (
    <div className="targets" data-testid="targets">
      <div className="targets-controls no-print">
        <label>
          {t('targets.city')}
          <select
            data-testid="targets-city"
            value={city ?? ''}
            onChange={(e) => ws.patchView({ city: e.target.value || null })}
          >
            <option value="">—</option>
            {memberCities(cities).map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('targets.industry')}
          <IndustrySelect
            value={industryId}
            onChange={(id) => ws.patchView({ industryId: id })}
            emptyLabel="—"
            withChainOnly
            testId="targets-industry"
          />
        </label>
        {xlsx && (
          <a className="button" href={xlsx} download data-testid="targets-xlsx">
            {t('targets.xlsx')}
          </a>
        )}
        {ready && (
          <button type="button" onClick={() => window.print()}>
            {t('targets.print')}
          </button>
        )}
      </div>
      {!ready && <p className="hint">{t('targets.pick')}</p>}
      {ready && (
        <h2>{t('targets.title', { city: cityName(city), industry: industry ? name(industry) : industryId })}</h2>
      )}
      {answer.isPending && ready && <p className="muted">{t('targets.loading')}</p>}
      {answer.isError && <p className="error">{answer.error.message}</p>}
      {answer.data && answer.data.targetList.segments.length === 0 && <p>{t('targets.none')}</p>}
      {answer.data?.targetList.segments.map((s) => (
        <section key={s.segment.id} className="target-segment" data-testid="target-segment">
          <h3>
            {segmentName(s.segment.id)}{' '}
            <span className={`status status-${s.status}`}>{t(`targets.status.${s.status}`)}</span>
          </h3>
          <p className="muted">
            {t('targets.cityCompanies', { n: s.cityCompanies, total: s.corridorCompanies, count: s.candidateCount })}
          </p>
          {s.candidates.length === 0 ? (
            <p className="muted">{t('targets.noCandidates')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('targets.rank')}</th>
                  <th>{t('targets.company')}</th>
                  <th>{t('targets.companyCity')}</th>
                  <th>{t('targets.score')}</th>
                  <th>{t('targets.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {s.candidates.map((c, i) => (
                  <tr key={c.company.id}>
                    <td>{i + 1}</td>
                    <td>
                      {name(c.company)}
                      {c.company.uscc && <div className="muted small">{c.company.uscc}</div>}
                    </td>
                    <td>{cityName(c.city.id)}</td>
                    <td className="count">{c.score}</td>
                    <td>
                      <ScoreReasons reasons={c.reasons} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      {answer.data && <p className="hint">{t('targets.note')}</p>}
    </div>
  );
}
