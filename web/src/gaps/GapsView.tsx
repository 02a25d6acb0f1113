import { LIMITS } from '@g60/graph-schema/limits';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageMatrixFragment } from '../__generated__/graphql';
import { useApiQuery } from '../api/query';
import { IndustrySelect } from '../ui/IndustrySelect';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { CellCompanies, type Cell } from './CellCompanies';
import { CoverageHeatmap } from './CoverageHeatmap';
import { CutList } from './CutList';
import { CoverageDocument } from './gaps.documents';
import { PairMatrix } from './PairMatrix';

/** What the heatmap area is given: the industry's real coverage and the picked cell. */
export interface HeatmapsProps {
  industryId: string;
  coverage: CoverageMatrixFragment;
  picked: Cell | null;
  onPick: (cell: Cell) => void;
}

/**
 * Where another feature adds to the gaps view without the gaps importing it (the app fills them with the what-if
 * scenario's parts): each is optional.
 */
export interface GapsSlots {
  /** Under the industry choice, whether one is chosen or not. */
  Panel?: ComponentType;
  /** The heatmap area of the chosen industry, in place of the real heatmap alone. */
  Heatmaps?: ComponentType<HeatmapsProps>;
  /** Under the companies of the picked cell. */
  Cell?: ComponentType<{ cell: Cell }>;
}

function RealHeatmap({ coverage, picked, onPick }: HeatmapsProps) {
  return <CoverageHeatmap coverage={coverage} picked={picked} onPick={onPick} />;
}

const industryOf = (s: WorkspaceState) => s.view.industryId;

/** The planner's view of one chain: segment × city heatmap, city-pair collaboration gaps, resilience. */
export function GapsView({ slots = {} }: { slots?: GapsSlots }) {
  const { t } = useTranslation();
  const industryId = useWorkspaceState(industryOf);
  const { patchView } = useWorkspaceActions();
  const { Panel, Heatmaps = RealHeatmap, Cell: CellSlot } = slots;
  const query = useApiQuery(
    CoverageDocument,
    industryId ? { industryId, pairs: LIMITS.collaborationGaps.first.max } : undefined,
  );

  // The picked cell belongs to one industry: another industry starts with none.
  const [picked, setPicked] = useState<(Cell & { industryId: string }) | null>(null);
  const cell = picked?.industryId === industryId ? picked : null;
  const pick = (c: Cell) => industryId && setPicked({ ...c, industryId });

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
      {Panel && <Panel />}
      {!industryId && <p className="muted">{t('gaps.chooseIndustry')}</p>}
      {industryId && query.isPending && <p className="muted">{t('common.loading')}</p>}
      {query.isError && <p className="error">{query.error.message}</p>}
      {query.data && industryId && (
        <>
          <Heatmaps industryId={industryId} coverage={query.data.chainCoverage} picked={cell} onPick={pick} />
          {cell && <CellCompanies cell={cell} />}
          {cell && CellSlot && <CellSlot cell={cell} />}
          <PairMatrix cities={query.data.chainCoverage.cities} pairs={query.data.collaborationGaps} />
          <CutList resilience={query.data.resilience} />
        </>
      )}
    </section>
  );
}
