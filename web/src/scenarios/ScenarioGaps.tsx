/**
 * The scenario's part of the gaps view, in the view's slots (gaps/GapsView.tsx): the panel under the industry
 * choice, the real heatmap beside the scenario's with its changed cells outlined and what it changes, and "bring a
 * company in" under a picked cell. While the view is open the canvas marks what the scenario removes, strands
 * and rescues.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { primeApi } from '../api/query';
import { CoverageHeatmap, type ChangedCells } from '../gaps/CoverageHeatmap';
import type { GapsSlots, HeatmapsProps } from '../gaps/GapsView';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { BringIn } from './BringIn';
import { WhatIfDocument } from './scenario.documents';
import { marksOf } from './scenarioDraft';
import { ScenarioDiffView } from './ScenarioDiffView';
import { ScenarioPanel } from './ScenarioPanel';
import { useWhatIf } from './useWhatIf';

const drawnNodes = (s: WorkspaceState) => s.visible.nodes;

/** The panel, and what the scenario's answer does outside the heatmaps: the canvas' marks, the industry. */
function ScenarioSide() {
  const { active, industryId, draft, query, answer } = useWhatIf();
  const { patchView, setMarks } = useWorkspaceActions();
  const nodes = useWorkspaceState(drawnNodes);
  const client = useQueryClient();

  useEffect(() => setMarks(marksOf(draft, answer?.diff, nodes)), [draft, answer, nodes, setMarks]);
  useEffect(() => () => setMarks({}), [setMarks]);

  // Asked without an industry, the answer says whose chain it analysed: that becomes the view's industry, and the
  // answer is kept under it, so the question is not asked again.
  useEffect(() => {
    if (industryId || !answer) return;
    primeApi(client, WhatIfDocument, { industryId: answer.industry.id, changes: draft.changes }, { whatIf: answer });
    patchView({ industryId: answer.industry.id });
  }, [industryId, answer, draft.changes, client, patchView]);

  return (
    <>
      <ScenarioPanel />
      {query.isError && active && <p className="error">{query.error.message}</p>}
    </>
  );
}

/** With changes: the real heatmap ("now") beside the scenario's, and the diff under them. */
function ScenarioHeatmaps({ coverage, picked, onPick }: HeatmapsProps) {
  const { t } = useTranslation();
  const { active, answer } = useWhatIf();
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
  if (!active) return <CoverageHeatmap coverage={coverage} picked={picked} onPick={onPick} />;
  return (
    <>
      <div className="before-after" data-testid="before-after">
        <div>
          <CoverageHeatmap coverage={coverage} picked={picked} onPick={onPick} title={t('scenario.now')} />
        </div>
        <div>
          {answer ? (
            <CoverageHeatmap
              coverage={answer.coverage}
              picked={picked}
              onPick={onPick}
              title={t('scenario.after')}
              changed={changed}
              testId="scenario-heatmap"
            />
          ) : (
            <p className="muted">{t('scenario.computing')}</p>
          )}
        </div>
      </div>
      {answer && <ScenarioDiffView diff={answer.diff} />}
    </>
  );
}

export const SCENARIO_GAPS: GapsSlots = { Panel: ScenarioSide, Heatmaps: ScenarioHeatmaps, Cell: BringIn };
