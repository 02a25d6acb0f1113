import { useEffect, useState } from 'react';
import type { SupplierGapsQuery } from '../__generated__/graphql';
import { request } from '../api/client';
import { SupplierGapsDocument } from '../api/documents';
import { t, type Lang } from '../app/i18n';

type Report = SupplierGapsQuery['supplierGaps'];
type Candidate = Report['segments'][number]['candidates'][number];

/** The API words its reasons in Chinese; in English the UI words them from the stable reason codes. */
const REASONS_EN: Record<string, (c: Candidate) => string> = {
  SHARED_ALLIANCE: () => 'shares an alliance',
  SAME_PARK: () => 'in the same park',
  SAME_CITY: () => 'same city',
  DISTANCE: (c) => `about ${Math.round(c.distanceKm ?? 0)} km away`,
  TRACK_RECORD: () => 'proven partner of other companies',
};

/** A company's supplier or customer gaps: per neighbouring segment, its partners or the ranked candidates and why. */
export function SupplierGaps({
  companyId,
  lang,
  onPick,
}: {
  companyId: string;
  lang: Lang;
  onPick: (id: string) => void;
}) {
  const [direction, setDirection] = useState<'UPSTREAM' | 'DOWNSTREAM'>('UPSTREAM');
  const [loaded, setLoaded] = useState<{ key: string; report: Report | null; error?: string } | null>(null);
  const key = `${companyId}|${direction}`;

  useEffect(() => {
    const controller = new AbortController();
    request(SupplierGapsDocument, { companyId, direction }, controller.signal)
      .then((d) => setLoaded({ key, report: d.supplierGaps }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setLoaded({ key, report: null, error: e.message });
      });
    return () => controller.abort();
  }, [companyId, direction, key]);

  const name = (x: { nameZh: string; nameEn?: string | null }) => (lang === 'en' && x.nameEn ? x.nameEn : x.nameZh);
  return (
    <div className="supplier-gaps" data-testid="supplier-gaps">
      <div className="tabs small">
        {(['UPSTREAM', 'DOWNSTREAM'] as const).map((d) => (
          <button key={d} type="button" className={direction === d ? 'active' : ''} onClick={() => setDirection(d)}>
            {t(d === 'UPSTREAM' ? 'supplierGaps' : 'customerGaps', lang)}
          </button>
        ))}
      </div>
      {loaded?.key !== key && <p className="muted">…</p>}
      {loaded?.key === key && loaded.error && <p className="error">{loaded.error}</p>}
      {loaded?.key === key && loaded.report && loaded.report.segments.length === 0 && (
        <p className="muted">{t('noGap', lang)}</p>
      )}
      {loaded?.key === key &&
        loaded.report?.segments.map((s) => (
          <div key={`${s.ownSegment.id}-${s.segment.id}`} className={`gap-segment ${s.isGap ? 'is-gap' : ''}`}>
            <div className="gap-title">
              {name(s.segment)} → {name(s.ownSegment)}{' '}
              {s.isGap ? <span className="badge gap">{t('MISSING', lang)}</span> : null}
            </div>
            {!s.isGap && (
              <div className="muted">
                {t('partners', lang)}: {s.partners.map((p) => p.nameZh).join('、')}
              </div>
            )}
            {s.isGap && s.candidates.length === 0 && <div className="muted">{t('noResults', lang)}</div>}
            {s.isGap && s.candidates.length > 0 && (
              <ol className="candidates" data-testid="candidates">
                {s.candidates.map((c) => (
                  <li key={c.company.id}>
                    <button type="button" className="link" onClick={() => onPick(c.company.id)}>
                      {c.company.nameZh}
                    </button>{' '}
                    <span className="muted">{c.company.city?.nameZh}</span>{' '}
                    <span className="score" title={t('score', lang)}>
                      {c.score}
                    </span>
                    <ul className="reasons">
                      {c.reasons.map((r) => (
                        <li key={r.code}>
                          +{r.points} {lang === 'en' ? (REASONS_EN[r.code]?.(c) ?? r.label) : r.label}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
    </div>
  );
}
