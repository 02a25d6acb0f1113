/** What the scenario changes for the chain: a summary line, then the stranded and rescued companies, city pairs and cells. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showCut } from '../gaps/gaps.actions';
import type { WhatIfQuery } from '../__generated__/graphql';
import { useName } from '../i18n';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions } from '../workspace/Workspace';

type Diff = WhatIfQuery['whatIf']['diff'];

/** Companies listed before "show all": long lists are for looking something up, the counts tell the story. */
const FIRST = 12;

export function ScenarioDiffView({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspaceActions();
  const nothing =
    diff.cells.length === 0 &&
    diff.strandedCount === 0 &&
    diff.rescuedCount === 0 &&
    diff.cityPairs.length === 0 &&
    diff.connectedDownstreamBefore === diff.connectedDownstreamAfter;
  const [all, setAll] = useState(false);
  const companies = (list: Diff['stranded'], testId: string, className: string) => {
    // How many lost (or gained) each input segment: the shape of the damage at a glance.
    const bySegment = new Map<string, { label: string; n: number }>();
    for (const s of list) {
      for (const g of s.segments) {
        const entry = bySegment.get(g.id) ?? { label: name(g), n: 0 };
        entry.n += 1;
        bySegment.set(g.id, entry);
      }
    }
    const shown = all ? list : list.slice(0, FIRST);
    return (
      <>
        <p className="segment-chips">
          {[...bySegment.values()]
            .sort((a, b) => b.n - a.n)
            .map((g) => (
              <span key={g.label} className={`chip ${className}`}>
                {g.label} {g.n}
              </span>
            ))}
        </p>
        <ul className={`scenario-companies ${className}`} data-testid={testId}>
          {shown.map((s) => (
            <li key={s.company.id}>
              <button
                type="button"
                className="link"
                onClick={() => void showNeighborhood(ws, s.company.id, 'replace', 'gaps')}
              >
                {name(s.company)}
              </button>{' '}
              <span className="muted">{s.segments.map(name).join('、')}</span>
            </li>
          ))}
        </ul>
        <div className="row">
          {list.length > shown.length && (
            <button type="button" onClick={() => setAll(true)}>
              {t('scenario.showAll', { count: list.length })}
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              void showCut(
                ws,
                list.slice(0, 10).map((s) => s.company.id),
              )
            }
          >
            {t('scenario.showStranded')}
          </button>
        </div>
      </>
    );
  };
  return (
    <div className="scenario-diff" data-testid="scenario-diff">
      <p className="scenario-summary" data-testid="scenario-summary">
        {t('scenario.summary', {
          cells: diff.cells.length,
          stranded: diff.strandedCount,
          rescued: diff.rescuedCount,
          pairs: diff.cityPairs.length,
        })}
        <br />
        {t('scenario.downstream', { before: diff.connectedDownstreamBefore, after: diff.connectedDownstreamAfter })}
      </p>
      {nothing && <p className="muted">{t('scenario.noChange')}</p>}
      {diff.stranded.length > 0 && (
        <>
          <h4>
            {t('scenario.strandedTitle')} ({diff.strandedCount})
          </h4>
          {companies(diff.stranded, 'scenario-stranded', 'stranded')}
        </>
      )}
      {diff.rescued.length > 0 && (
        <>
          <h4>
            {t('scenario.rescuedTitle')} ({diff.rescuedCount})
          </h4>
          {companies(diff.rescued, 'scenario-rescued', 'rescued')}
        </>
      )}
      {diff.cityPairs.length > 0 && (
        <>
          <h4>{t('scenario.pairsTitle')}</h4>
          <ul data-testid="scenario-pairs">
            {diff.cityPairs.map((p) => (
              <li key={`${p.from.id}>${p.to.id}`}>
                {t('scenario.pairLine', {
                  from: name(p.from),
                  to: name(p.to),
                  before: p.actualBefore,
                  after: p.actualAfter,
                  potential: p.potentialAfter,
                })}
                {p.gapClosed && <span className="badge good">{t('scenario.gapClosed')}</span>}
                {p.newlyLinked && <span className="badge good">{t('scenario.newlyLinked')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.cells.length > 0 && (
        <>
          <h4>{t('scenario.cellsTitle')}</h4>
          <ul data-testid="scenario-cells">
            {diff.cells.map((c) => (
              <li key={`${c.segment.id}|${c.city?.id ?? ''}`}>
                {name(c.segment)} · {c.city ? name(c.city) : t('scenario.row')}:{' '}
                <span className={`cell-swatch status-${c.before}`}>{t(`coverage.${c.before}`)}</span> →{' '}
                <span className={`cell-swatch status-${c.after}`}>{t(`coverage.${c.after}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
