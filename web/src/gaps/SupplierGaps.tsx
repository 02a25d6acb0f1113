import { LIMITS } from '@g60/graph-schema/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapDirection, SupplierGapReportFieldsFragment } from '../__generated__/graphql';
import { useApiQuery } from '../api/query';
import { useName } from '../i18n';
import { CandidateList } from './CandidateList';
import { useWorkspace } from '../workspace/Workspace';
import { ScenarioSupplierGapsDocument, SupplierGapsDocument } from './gaps.documents';

type Segment = SupplierGapReportFieldsFragment['segments'][number];

/** How many ranked candidates each gap lists in the panel. */
const CANDIDATES_SHOWN = Math.min(5, LIMITS.supplierGaps.first.max);

/**
 * A company's supplier or customer gaps: per neighbouring segment, its partners or the ranked candidates and why.
 * In the gaps mode with a what-if scenario, the gaps as the scenario has them.
 */
export function SupplierGaps({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { view, scenario } = useWorkspace();
  const [direction, setDirection] = useState<GapDirection>('UPSTREAM');
  const removed = scenario.changes.some((c) => c.kind === 'REMOVE_COMPANY' && c.companyId === companyId);
  const inScenario = view.mode === 'gaps' && !!view.industryId && scenario.changes.length > 0 && !removed;
  const args = { companyId, direction, first: CANDIDATES_SHOWN };
  const real = useApiQuery(SupplierGapsDocument, inScenario ? undefined : args);
  const what = useApiQuery(
    ScenarioSupplierGapsDocument,
    inScenario && view.industryId ? { ...args, industryId: view.industryId, changes: scenario.changes } : undefined,
  );
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
      {removed && view.mode === 'gaps' && <p className="muted">{t('scenario.removedHere')}</p>}
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
