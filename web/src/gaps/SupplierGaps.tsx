import { LIMITS } from '@g60/graph-schema/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapDirection, ScenarioChangeInput, SupplierGapReportFieldsFragment } from '../__generated__/graphql';
import { useApiQuery } from '../api/query';
import { useName } from '../i18n';
import { CandidateList } from './CandidateList';
import { ScenarioSupplierGapsDocument, SupplierGapsDocument } from './gaps.documents';

type Segment = SupplierGapReportFieldsFragment['segments'][number];

/** How many ranked candidates each gap lists in the panel. */
const CANDIDATES_SHOWN = Math.min(5, LIMITS.supplierGaps.first.max);

/** The changes of a what-if scenario to one industry's graph. */
export interface GapsScenario {
  industryId: string;
  changes: ScenarioChangeInput[];
}

interface Props {
  companyId: string;
  /** The gaps as this scenario has them (what the scenarios feature gives in the gaps mode); none: the real graph. */
  scenario?: GapsScenario | null;
  /** A line above the gaps (why they are not the scenario's, say). */
  note?: string | null;
}

/** A company's supplier or customer gaps: per neighbouring segment, its partners or the ranked candidates and why. */
export function SupplierGaps({ companyId, scenario = null, note = null }: Props) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<GapDirection>('UPSTREAM');
  const inScenario = scenario !== null;
  const args = { companyId, direction, first: CANDIDATES_SHOWN };
  const real = useApiQuery(SupplierGapsDocument, inScenario ? undefined : args);
  const what = useApiQuery(ScenarioSupplierGapsDocument, scenario ? { ...args, ...scenario } : undefined);
  const query = inScenario ? what : real;
  const segments = inScenario ? what.data?.whatIfSupplierGaps.segments : real.data?.supplierGaps.segments;
  return (
    <>
      <h3>
        {t('gaps.supplierGaps')}
        {inScenario && (
          <span className="badge" data-testid="gaps-in-scenario">
            {t('scenario.title')}
          </span>
        )}
      </h3>
      {note && <p className="muted">{note}</p>}
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
