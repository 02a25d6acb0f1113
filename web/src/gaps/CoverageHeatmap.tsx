import { useTranslation } from 'react-i18next';
import type { CoverageMatrixFragment, CoverageStatus } from '../__generated__/graphql';
import { useName } from '../i18n';
import type { Cell } from './CellCompanies';

const STATUS_ORDER: readonly CoverageStatus[] = ['MISSING', 'LOCAL_GAP', 'WEAK', 'COVERED'];

/** A cell a scenario changed: what it was on the real graph (`segmentId|cityId`; `segmentId|` for the row). */
export type ChangedCells = ReadonlyMap<string, { before: CoverageStatus; countBefore: number }>;

interface Props {
  coverage: CoverageMatrixFragment;
  picked: Cell | null;
  onPick: (cell: Cell) => void;
  /** Heading (default: coverage). */
  title?: string;
  /** In a scenario: the cells it changed, outlined, with their real status in the tooltip. */
  changed?: ChangedCells;
  testId?: string;
}

/** Segment × city: a cell's colour is its status, its number the companies; click for companies or candidates. */
export function CoverageHeatmap({ coverage, picked, onPick, title, changed, testId = 'heatmap' }: Props) {
  const { t } = useTranslation();
  const { name } = useName();
  const cityName = new Map(coverage.cities.map((c) => [c.id, name(c)]));
  return (
    <>
      <h3>{title ?? t('gaps.coverage')}</h3>
      <div className="status-legend">
        {STATUS_ORDER.map((s) => (
          <span key={s} className={`cell-swatch status-${s}`}>
            {t(`coverage.${s}`)}
          </span>
        ))}
        {changed && <span className="cell-swatch changed">{t('scenario.changedCell')}</span>}
      </div>
      <table className="heatmap" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('gaps.segment')}</th>
            {coverage.cities.map((c) => (
              <th key={c.id}>{name(c)}</th>
            ))}
            <th>{t('common.total')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.segment.id}>
              <th className={`stage-${row.segment.stage}`}>
                {row.segment.position}. {name(row.segment)}
              </th>
              {row.cells.map((c) => {
                const cell = {
                  segmentId: row.segment.id,
                  segmentName: name(row.segment),
                  cityId: c.cityId,
                  cityName: cityName.get(c.cityId) ?? c.cityId,
                  count: c.count,
                };
                const isPicked = picked?.segmentId === cell.segmentId && picked.cityId === cell.cityId;
                const was = changed?.get(`${row.segment.id}|${c.cityId}`);
                const title = t('gaps.cellTitle', {
                  segment: cell.segmentName,
                  city: cell.cityName,
                  count: c.count,
                  status: t(`coverage.${c.status}`),
                });
                return (
                  <td
                    key={c.cityId}
                    className={`status-${c.status} ${isPicked ? 'picked' : ''} ${was ? 'changed' : ''}`}
                    title={
                      was
                        ? `${title} · ${t('scenario.was', { count: was.countBefore, status: t(`coverage.${was.before}`) })}`
                        : title
                    }
                    data-status={c.status}
                    data-before={was?.before}
                    data-testid={`${testId === 'heatmap' ? 'cell' : `${testId}-cell`}-${row.segment.id}-${c.cityId}`}
                    onClick={() => onPick(cell)}
                  >
                    {c.count}
                  </td>
                );
              })}
              <td
                className={`status-${row.status} total ${changed?.has(`${row.segment.id}|`) ? 'changed' : ''}`}
                data-testid={`${testId}-total-${row.segment.id}`}
                data-status={row.status}
              >
                {row.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
