import { LIMITS } from '@g60/graph-schema/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { IndustrySelect } from '../ui/IndustrySelect';
import { useWorkspace } from '../workspace/Workspace';
import { CellCompanies, type Cell } from './CellCompanies';
import { CoverageHeatmap } from './CoverageHeatmap';
import { CutList } from './CutList';
import { CoverageDocument } from './gaps.documents';
import { PairMatrix } from './PairMatrix';

/** The planner's view of one chain: segment × city heatmap, city-pair collaboration gaps, resilience. */
export function GapsView() {
  const { t } = useTranslation();
  const { view, patchView } = useWorkspace();
  const industryId = view.industryId;
  const query = useApiQuery(
    CoverageDocument,
    industryId ? { industryId, pairs: LIMITS.collaborationGaps.first.max } : undefined,
  );
  // The picked cell belongs to one industry: another industry starts with none.
  const [picked, setPicked] = useState<(Cell & { industryId: string }) | null>(null);
  const cell = picked?.industryId === industryId ? picked : null;

  return (
    <section className="gaps-view" data-testid="gaps-view">
      <label className="field inline">
        <span className="label">{t('gaps.chooseIndustry')}</span>
        <IndustrySelect
          testId="industry-select"
          value={industryId}
          onChange={(id) => patchView({ industryId: id })}
          emptyLabel="—"
          withChainOnly
        />
      </label>
      {!industryId && <p className="muted">{t('gaps.chooseIndustry')}</p>}
      {industryId && query.isPending && <p className="muted">{t('common.loading')}</p>}
      {query.isError && <p className="error">{query.error.message}</p>}
      {query.data && industryId && (
        <>
          <CoverageHeatmap
            coverage={query.data.chainCoverage}
            picked={cell}
            onPick={(c) => setPicked({ ...c, industryId })}
          />
          {cell && <CellCompanies cell={cell} />}
          <PairMatrix cities={query.data.chainCoverage.cities} pairs={query.data.collaborationGaps} />
          <CutList resilience={query.data.resilience} />
        </>
      )}
    </section>
  );
}
