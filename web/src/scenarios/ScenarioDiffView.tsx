/** What the scenario changes for the chain: a summary line, then the stranded and rescued companies, city pairs and cells. */
import { useTranslation } from 'react-i18next';
import type { WhatIfQuery } from '../__generated__/graphql';
import { useName } from '../i18n';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspace } from '../workspace/Workspace';

type Diff = WhatIfQuery['whatIf']['diff'];

export function ScenarioDiffView({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspace();
  const nothing =
    diff.cells.length === 0 &&
    diff.strandedCount === 0 &&
    diff.rescuedCount === 0 &&
    diff.cityPairs.length === 0 &&
    diff.connectedDownstreamBefore === diff.connectedDownstreamAfter;
  const companies = (list: Diff['stranded'], testId: string, className: string) => (
    <ul className={`scenario-companies ${className}`} data-testid={testId}>
      {list.map((s) => (
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
  );
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
