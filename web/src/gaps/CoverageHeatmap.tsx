import { useTranslation } from 'react-i18next';
import type { CoverageQuery, CoverageStatus } from '../__generated__/graphql';
import { useName } from '../i18n';
import type { Cell } from './CellCompanies';

const STATUS_ORDER: readonly CoverageStatus[] = ['MISSING', 'LOCAL_GAP', 'WEAK', 'COVERED'];

interface Props {
  coverage: CoverageQuery['chainCoverage'];
  picked: Cell | null;
  onPick: (cell: Cell) => void;
}

/** Segment × city: a cell's colour is its status, its number the companies; click for companies or candidates. */
export function CoverageHeatmap({ coverage, picked, onPick }: Props) {
  const { t } = useTranslation();
  const { name } = useName();
  const cityName = new Map(coverage.cities.map((c) => [c.id, name(c)]));
  return (
    <>
      <h3>{t('gaps.coverage')}</h3>
      <div className="status-legend">
        {STATUS_ORDER.map((s) => (
          <span key={s} className={`cell-swatch status-${s}`}>
            {t(`coverage.${s}`)}
          </span>
        ))}
      </div>
      <table className="heatmap" data-testid="heatmap">
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
                return (
                  <td
                    key={c.cityId}
                    className={`status-${c.status} ${isPicked ? 'picked' : ''}`}
                    title={t('gaps.cellTitle', {
                      segment: cell.segmentName,
                      city: cell.cityName,
                      count: c.count,
                      status: t(`coverage.${c.status}`),
                    })}
                    data-status={c.status}
                    data-testid={`cell-${row.segment.id}-${c.cityId}`}
                    onClick={() => onPick(cell)}
                  >
                    {c.count}
                  </td>
                );
              })}
              <td className={`status-${row.status} total`}>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
