import { LIMITS } from '@g60/graph-schema/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapDirection, SupplierGapsQuery } from '../__generated__/graphql';
import { useApiQuery } from '../api/query';
import { useName } from '../i18n';
import { CandidateList } from './CandidateList';
import { SupplierGapsDocument } from './gaps.documents';

type Segment = SupplierGapsQuery['supplierGaps']['segments'][number];

/** How many ranked candidates each gap lists in the panel. */
const CANDIDATES_SHOWN = Math.min(5, LIMITS.supplierGaps.first.max);

/** A company's supplier or customer gaps: per neighbouring segment, its partners or the ranked candidates and why. */
export function SupplierGaps({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<GapDirection>('UPSTREAM');
  const query = useApiQuery(SupplierGapsDocument, { companyId, direction, first: CANDIDATES_SHOWN });
  const segments = query.data?.supplierGaps.segments;
  return (
    <>
      <h3>{t('gaps.supplierGaps')}</h3>
      <div className="supplier-gaps" data-testid="supplier-gaps">
        <div className="tabs small">
          {(['UPSTREAM', 'DOWNSTREAM'] as const).map((d) => (
            <button key={d} type="button" className={direction === d ? 'active' : ''} onClick={() => setDirection(d)}>
              {t(d === 'UPSTREAM' ? 'gaps.supplierGaps' : 'gaps.customerGaps')}
            </button>
          ))}
        </div>
        {query.isPending && <p className="muted">{t('common.loading')}</p>}
        {query.isError && <p className="error">{query.error.message}</p>}
        {segments?.length === 0 && <p className="muted">{t('gaps.noGap')}</p>}
        {segments?.map((s) => (
          <GapSegment key={`${s.ownSegment.id}-${s.segment.id}`} segment={s} />
        ))}
      </div>
    </>
  );
}

function GapSegment({ segment: s }: { segment: Segment }) {
  const { t } = useTranslation();
  const { name } = useName();
  return (
    <div className={`gap-segment ${s.isGap ? 'is-gap' : ''}`}>
      <div className="gap-title">
        {name(s.segment)} → {name(s.ownSegment)}{' '}
        {s.isGap ? <span className="badge gap">{t('coverage.MISSING')}</span> : null}
      </div>
      {!s.isGap && (
        <div className="muted">{t('gaps.partners', { names: s.partners.map(name).join(t('details.separator')) })}</div>
      )}
      {s.isGap && s.candidates.length === 0 && <div className="muted">{t('common.noResults')}</div>}
      {s.isGap && s.candidates.length > 0 && <CandidateList candidates={s.candidates} />}
    </div>
  );
}
