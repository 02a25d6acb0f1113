import { LIMITS } from '@g60/graph-schema/limits';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { marksOf } from '../workspace/scenarioDraft';
import { BringIn } from '../scenarios/BringIn';
import { ScenarioDiffView } from '../scenarios/ScenarioDiffView';
import { ScenarioPanel } from '../scenarios/ScenarioPanel';
import { WhatIfDocument } from '../scenarios/scenario.documents';
import { IndustrySelect } from '../ui/IndustrySelect';
import { useWorkspace } from '../workspace/Workspace';
import { CellCompanies, type Cell } from './CellCompanies';
import { CoverageHeatmap, type ChangedCells } from './CoverageHeatmap';
import { CutList } from './CutList';
import { CoverageDocument } from './gaps.documents';
import { PairMatrix } from './PairMatrix';

/**
 * The planner's view of one chain: segment × city heatmap, city-pair collaboration gaps, resilience — and, with a
 * what-if scenario, the real heatmap beside the scenario's, its changed cells outlined, and what it changes.
 */
export function GapsView() {
  const { t } = useTranslation();
  const { view, patchView, scenario, setMarks, visible } = useWorkspace();
  const industryId = view.industryId;
  const query = useApiQuery(
    CoverageDocument,
    industryId ? { industryId, pairs: LIMITS.collaborationGaps.first.max } : undefined,
  );
  const active = scenario.changes.length > 0;
  const whatIf = useApiQuery(
    WhatIfDocument,
    industryId && active ? { industryId, changes: scenario.changes } : undefined,
  );
  const answer = active ? whatIf.data?.whatIf : undefined;
  const changed: ChangedCells = useMemo(
    () =>
      new Map(
        (answer?.diff.cells ?? []).map((c) => [
          `${c.segment.id}|${c.city?.id ?? ''}`,
          { before: c.before, countBefore: c.countBefore },
        ]),
      ),
    [answer],
  );
  // The canvas marks what the scenario removes, strands and rescues while this view is open.
  useEffect(() => setMarks(marksOf(scenario, answer?.diff, visible.nodes)), [scenario, answer, visible, setMarks]);
  useEffect(() => () => setMarks({}), [setMarks]);

  // The picked cell belongs to one industry: another industry starts with none.
  const [picked, setPicked] = useState<(Cell & { industryId: string }) | null>(null);
  const cell = picked?.industryId === industryId ? picked : null;
  const pick = (c: Cell) => industryId && setPicked({ ...c, industryId });

  return (
    <section className={`gaps-view ${active ? 'with-scenario' : ''}`} data-testid="gaps-view">
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
      <ScenarioPanel />
      {!industryId && <p className="muted">{t('gaps.chooseIndustry')}</p>}
      {industryId && query.isPending && <p className="muted">{t('common.loading')}</p>}
      {query.isError && <p className="error">{query.error.message}</p>}
      {whatIf.isError && active && <p className="error">{whatIf.error.message}</p>}
      {query.data && industryId && (
        <>
          <div className={active ? 'before-after' : ''} data-testid={active ? 'before-after' : undefined}>
            <div>
              <CoverageHeatmap
                coverage={query.data.chainCoverage}
                picked={cell}
                onPick={pick}
                title={active ? t('scenario.now') : undefined}
              />
            </div>
            {active && (
              <div>
                {answer ? (
                  <CoverageHeatmap
                    coverage={answer.coverage}
                    picked={cell}
                    onPick={pick}
                    title={t('scenario.after')}
                    changed={changed}
                    testId="scenario-heatmap"
                  />
                ) : (
                  <p className="muted">{t('scenario.computing')}</p>
                )}
              </div>
            )}
          </div>
          {answer && <ScenarioDiffView diff={answer.diff} />}
          {cell && <CellCompanies cell={cell} />}
          {cell && <BringIn cell={cell} />}
          <PairMatrix cities={query.data.chainCoverage.cities} pairs={query.data.collaborationGaps} />
          <CutList resilience={query.data.resilience} />
        </>
      )}
    </section>
  );
}
