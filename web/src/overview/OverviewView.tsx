/**
 * Overview mode, the landing view: the whole corridor from the API's aggregates — cities by their coordinates,
 * the links between them, an industry's chain as a flow — with a drill-down panel (city → segments → companies →
 * the explorer). Everything it shows is in the URL (industry, since, city, segment).
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchApi, useApiQuery } from '../api/query';
import { IndustrySelect } from '../ui/IndustrySelect';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { CityDrill } from './CityDrill';
import { CorridorOverviewDocument, SegmentCompaniesDocument } from './overview.documents';
import { OverviewLegend } from './OverviewLegend';
import { MAX_FLOWS, RING_COMPANIES } from './overviewElements';
import { SegmentCompanyList } from './SegmentCompanyList';
import { useOverviewNaming } from './useNaming';

// Cytoscape comes with the canvas, after the panel has painted.
const OverviewCanvas = lazy(() => import('./OverviewCanvas').then((m) => ({ default: m.OverviewCanvas })));

const viewOf = (s: WorkspaceState) => s.view;

export function OverviewView() {
  const { t } = useTranslation();
  const ws = useWorkspaceActions();
  const view = useWorkspaceState(viewOf);
  const client = useQueryClient();
  const { industryId, since, city, segment, lang } = view;
  const { naming, places, ready } = useOverviewNaming();
  const answer = useApiQuery(CorridorOverviewDocument, { industryId, since, flows: MAX_FLOWS });
  const data = answer.data?.corridorOverview;
  const [level, setLevel] = useState(0);

  const loadCompanies = useCallback(
    async (cityId: string, segmentId: string) => {
      const page = await fetchApi(client, SegmentCompaniesDocument, { segmentId, cityId, first: RING_COMPANIES });
      return page.segmentCompanies.edges.map((e) => ({
        id: e.node.id,
        label: lang === 'en' && e.node.nameEn ? e.node.nameEn : e.node.nameZh,
        degree: e.suppliers + e.customers,
      }));
    },
    [client, lang],
  );
  const open = (companyId: string) => void showNeighborhood(ws, companyId, 'replace', 'explore');

  const companies = data?.cities.reduce((n, c) => n + c.companies, 0) ?? 0;
  const crossLinks = data?.links.reduce((n, l) => n + l.links, 0) ?? 0;
  const empty = data !== undefined && companies === 0;

  return (
    <div className="overview" data-testid="overview">
      <aside className="panel overview-panel">
        <div className="filters">
          <label>
            {t('overview.industry')}
            <IndustrySelect
              value={industryId}
              onChange={(id) => ws.patchView({ industryId: id, segment: null })}
              emptyLabel={t('overview.allIndustries')}
              withChainOnly
              testId="overview-industry"
            />
          </label>
          <label>
            {t('overview.since')}
            <select
              data-testid="overview-since"
              value={since ?? ''}
              onChange={(e) => ws.patchView({ since: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('overview.allYears')}</option>
              {(data?.years ?? (since ? [since] : [])).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        {data && (
          <p className="summary" data-testid="overview-summary">
            {t('overview.companies')} <strong>{companies.toLocaleString()}</strong> · {t('overview.crossLinks')}{' '}
            <strong>{crossLinks.toLocaleString()}</strong>
          </p>
        )}
        <p className="hint">{industryId ? t('overview.flowHint') : t('overview.hint')}</p>
        {segment ? (
          <>
            <button type="button" className="link" onClick={() => ws.patchView({ segment: null })}>
              ← {t('overview.back')}
            </button>
            <SegmentCompanyList
              segmentId={segment}
              cityId={city}
              onOpen={open}
              heading={(count) =>
                t('overview.segmentCompanies', {
                  city: city ? naming.city(city) : t('overview.allCities'),
                  segment: naming.segment(segment),
                  n: count.toLocaleString(),
                })
              }
            />
          </>
        ) : city ? (
          <CityDrill
            cityId={city}
            naming={naming}
            industryId={industryId}
            onSegment={(id) => ws.patchView({ segment: id })}
            onTargets={(id) => ws.patchView({ mode: 'targets', industryId: id, segment: null })}
          />
        ) : (
          data && (
            <section data-testid="top-pairs">
              <h3>{t('overview.topPairs')}</h3>
              {data.links.length === 0 && <p className="hint">{t('overview.noLinks')}</p>}
              <ol className="ranked">
                {data.links.slice(0, 10).map((l) => (
                  <li key={`${l.from.id}>${l.to.id}`}>
                    <button type="button" className="link" onClick={() => ws.patchView({ city: l.from.id })}>
                      {naming.city(l.from.id)} → {naming.city(l.to.id)}
                    </button>
                    <span className="count">{l.links.toLocaleString()}</span>
                  </li>
                ))}
              </ol>
            </section>
          )
        )}
      </aside>
      <div className="canvas-wrap">
        {data && ready && !empty && (
          <Suspense fallback={null}>
            <OverviewCanvas
              data={data}
              places={places}
              naming={naming}
              flow={industryId !== null}
              selected={{ cityId: city, segmentId: segment }}
              onSelectCity={(id) => ws.patchView({ city: id, segment: null })}
              onSelectSegment={(cityId, segmentId) => ws.patchView({ city: cityId, segment: segmentId })}
              onOpenCompany={open}
              loadCompanies={loadCompanies}
              onLevel={setLevel}
            />
          </Suspense>
        )}
        {(answer.isPending || !ready) && (
          <div className="banner" data-testid="overview-loading">
            {t('overview.loading')}
          </div>
        )}
        {answer.isError && <div className="banner error">{answer.error.message}</div>}
        {empty && (
          <div className="empty-state" data-testid="overview-empty">
            <h2>{t('overview.empty')}</h2>
            <p>{t('overview.emptyHint')}</p>
          </div>
        )}
        {data && !empty && <OverviewLegend flow={industryId !== null} level={level} />}
      </div>
    </div>
  );
}
