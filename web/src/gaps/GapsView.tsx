import { useEffect, useState } from 'react';
import type { CompaniesQuery, CoverageQuery, IndustriesQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import { CompaniesDocument, CoverageDocument } from '../api/documents';
import { t, type Lang } from '../app/i18n';

type Coverage = CoverageQuery;
type CellPick = { segmentId: string; segmentName: string; cityId: string; cityName: string; count: number };

const STATUS_ORDER = ['MISSING', 'LOCAL_GAP', 'WEAK', 'COVERED'] as const;

interface Props {
  lang: Lang;
  industryId: string | null;
  industries: IndustriesQuery['industries'];
  onIndustry: (id: string | null) => void;
  onPickCompany: (id: string) => void;
  onShowCut: (companyIds: string[]) => void;
}

/** The planner's view of one chain: segment × city heatmap, city-pair collaboration gaps, resilience. */
export function GapsView({ lang, industryId, industries, onIndustry, onPickCompany, onShowCut }: Props) {
  const [data, setData] = useState<{ id: string; coverage: Coverage | null; error?: string } | null>(null);
  const [cell, setCell] = useState<CellPick | null>(null);
  const [list, setList] = useState<{ key: string; companies: CompaniesQuery['companies'] } | null>(null);
  const name = (x: { nameZh: string; nameEn?: string | null }) => (lang === 'en' && x.nameEn ? x.nameEn : x.nameZh);

  useEffect(() => {
    if (!industryId) return;
    const controller = new AbortController();
    request(CoverageDocument, { industryId }, controller.signal)
      .then((d) => setData({ id: industryId, coverage: d }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setData({ id: industryId, coverage: null, error: e.message });
      });
    return () => controller.abort();
  }, [industryId]);

  const cellKey = cell ? `${cell.segmentId}|${cell.cityId}` : null;
  useEffect(() => {
    if (!cell || !cellKey) return;
    const controller = new AbortController();
    // A covered cell lists its companies; an empty one lists the candidates: the segment's companies elsewhere.
    const filter =
      cell.count > 0 ? { segmentId: cell.segmentId, cityIds: [cell.cityId] } : { segmentId: cell.segmentId };
    request(CompaniesDocument, { filter, first: 50 }, controller.signal)
      .then((d) => setList({ key: cellKey, companies: d.companies }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [cell, cellKey]);

  const coverage = data?.id === industryId ? data.coverage : null;
  const cities = coverage?.chainCoverage.cities ?? [];
  const cityName = (id: string) => {
    const c = cities.find((x) => x.id === id);
    return c ? name(c) : id;
  };
  const pairs = new Map((coverage?.collaborationGaps ?? []).map((p) => [`${p.from.id}|${p.to.id}`, p]));
  const maxUnlinked = Math.max(1, ...(coverage?.collaborationGaps ?? []).map((p) => p.potential - p.actual));

  return (
    <section className="gaps-view" data-testid="gaps-view">
      <label className="field inline">
        <span className="label">{t('chooseIndustry', lang)}</span>
        <select
          data-testid="industry-select"
          value={industryId ?? ''}
          onChange={(e) => onIndustry(e.target.value || null)}
        >
          <option value="">—</option>
          {industries
            .filter((i) => i.segments.length > 0)
            .map((i) => (
              <option key={i.id} value={i.id}>
                {name(i)}
              </option>
            ))}
        </select>
      </label>
      {!industryId && <p className="muted">{t('chooseIndustry', lang)}</p>}
      {industryId && !coverage && !data?.error && <p className="muted">…</p>}
      {data?.error && <p className="error">{data.error}</p>}
      {coverage && (
        <>
          <h3>{t('coverage', lang)}</h3>
          <div className="status-legend">
            {STATUS_ORDER.map((s) => (
              <span key={s} className={`cell-swatch status-${s}`}>
                {t(s, lang)}
              </span>
            ))}
          </div>
          <table className="heatmap" data-testid="heatmap">
            <thead>
              <tr>
                <th>{t('segment', lang)}</th>
                {cities.map((c) => (
                  <th key={c.id}>{name(c)}</th>
                ))}
                <th>{t('total', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.chainCoverage.rows.map((row) => (
                <tr key={row.segment.id}>
                  <th className={`stage-${row.segment.stage}`}>
                    {row.segment.position}. {name(row.segment)}
                  </th>
                  {row.cells.map((c) => (
                    <td
                      key={c.cityId}
                      className={`status-${c.status} ${cellKey === `${row.segment.id}|${c.cityId}` ? 'picked' : ''}`}
                      title={`${name(row.segment)} · ${cityName(c.cityId)}: ${c.count} (${t(c.status, lang)})`}
                      data-status={c.status}
                      data-testid={`cell-${row.segment.id}-${c.cityId}`}
                      onClick={() =>
                        setCell({
                          segmentId: row.segment.id,
                          segmentName: name(row.segment),
                          cityId: c.cityId,
                          cityName: cityName(c.cityId),
                          count: c.count,
                        })
                      }
                    >
                      {c.count}
                    </td>
                  ))}
                  <td className={`status-${row.status} total`}>{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {cell && (
            <div className="cell-list" data-testid="cell-list">
              <h4>
                {cell.segmentName} · {cell.cityName}:{' '}
                {cell.count > 0 ? t('companiesIn', lang) : t('candidatesFor', lang)}
                {list?.key === cellKey ? ` (${list.companies.totalCount})` : ''}
              </h4>
              {list?.key !== cellKey && <p className="muted">…</p>}
              {list?.key === cellKey && list.companies.edges.length === 0 && (
                <p className="muted">{t('noResults', lang)}</p>
              )}
              <ul>
                {list?.key === cellKey &&
                  list.companies.edges.map(({ node }) => (
                    <li key={node.id}>
                      <button type="button" className="link" onClick={() => onPickCompany(node.id)}>
                        {name(node)}
                      </button>{' '}
                      <span className="muted">{node.city?.nameZh}</span>
                      {node.synthetic && <span className="synthetic-badge">{t('synthetic', lang)}</span>}
                    </li>
                  ))}
              </ul>
            </div>
          )}
          <h3>{t('collaboration', lang)}</h3>
          <table className="pair-matrix" data-testid="pair-matrix">
            <thead>
              <tr>
                <th>→</th>
                {cities.map((c) => (
                  <th key={c.id}>{name(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cities.map((from) => (
                <tr key={from.id}>
                  <th>{name(from)}</th>
                  {cities.map((to) => {
                    const p = pairs.get(`${from.id}|${to.id}`);
                    const unlinked = p ? p.potential - p.actual : 0;
                    return (
                      <td
                        key={to.id}
                        style={{ background: p ? `rgba(214, 69, 69, ${(unlinked / maxUnlinked) * 0.85})` : '#f5f7fa' }}
                        title={p ? `${name(from)} → ${name(to)}: ${p.actual} / ${p.potential}` : ''}
                      >
                        {p ? unlinked : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('resilience', lang)}</h3>
          <p className="muted">
            {t('WEAK', lang)}: {coverage.resilience.singleSourceSegments.length} · {t('MISSING', lang)}:{' '}
            {coverage.resilience.missingSegments.length}
          </p>
          <ol className="cut-list" data-testid="cut-list">
            {coverage.resilience.cutCompanies.slice(0, 10).map((c) => (
              <li key={c.company.id}>
                <button type="button" className="link" onClick={() => onPickCompany(c.company.id)}>
                  {c.company.nameZh}
                </button>{' '}
                — {c.stranded} {t('stranded', lang)}
              </li>
            ))}
          </ol>
          {coverage.resilience.cutCompanies.length > 0 && (
            <button
              type="button"
              onClick={() => onShowCut(coverage.resilience.cutCompanies.slice(0, 10).map((c) => c.company.id))}
            >
              {t('showInGraph', lang)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
