import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useName } from '../i18n';
import { useWorkspaceActions } from '../workspace/Workspace';
import { CompaniesDocument } from './gaps.documents';

export interface Cell {
  segmentId: string;
  segmentName: string;
  cityId: string;
  cityName: string;
  count: number;
}

/** How many companies of a cell (or candidates for an empty one) are listed. */
const CELL_LIST_SIZE = 50;

/** A covered cell lists its companies; an empty one the candidates: the segment's companies in other cities. */
export function CellCompanies({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspaceActions();
  const filter = cell.count > 0 ? { segmentId: cell.segmentId, cityIds: [cell.cityId] } : { segmentId: cell.segmentId };
  const query = useApiQuery(CompaniesDocument, { filter, first: CELL_LIST_SIZE });
  const companies = query.data?.companies;
  return (
    <div className="cell-list" data-testid="cell-list">
      <h4>
        {cell.segmentName} · {cell.cityName}: {cell.count > 0 ? t('gaps.companiesIn') : t('gaps.candidatesFor')}
        {companies ? ` (${companies.totalCount})` : ''}
      </h4>
      {query.isPending && <p className="muted">{t('common.loading')}</p>}
      {query.isError && <p className="error">{query.error.message}</p>}
      {companies?.edges.length === 0 && <p className="muted">{t('common.noResults')}</p>}
      <ul>
        {companies?.edges.map(({ node }) => (
          <li key={node.id}>
            <button
              type="button"
              className="link"
              onClick={() => void showNeighborhood(ws, node.id, 'replace', 'gaps')}
            >
              {name(node)}
            </button>{' '}
            {node.city && <span className="muted">{name(node.city)}</span>}
            {node.synthetic && <span className="synthetic-badge">{t('common.synthetic')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
