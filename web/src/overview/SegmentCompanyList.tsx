import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { useName } from '../i18n';
import { SegmentCompaniesDocument } from './overview.documents';

const PAGE = 50;

interface Props {
  segmentId: string;
  cityId: string | null;
  heading: (count: number) => string;
  onOpen: (companyId: string) => void;
}

/** A segment's companies (in a city or the whole corridor), most supply links first, a page at a time. */
export function SegmentCompanyList({ segmentId, cityId, heading, onOpen }: Props) {
  const { t } = useTranslation();
  const { name } = useName();
  const pages = useInfiniteQuery({
    queryKey: ['segmentCompanies', segmentId, cityId],
    queryFn: ({ pageParam, signal }) =>
      request(SegmentCompaniesDocument, { segmentId, cityId, first: PAGE, after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.segmentCompanies.pageInfo.hasNextPage ? last.segmentCompanies.pageInfo.endCursor : undefined,
  });
  if (pages.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (pages.isError) return <p className="error">{pages.error.message}</p>;
  const total = pages.data.pages[0]?.segmentCompanies.totalCount ?? 0;
  const edges = pages.data.pages.flatMap((p) => p.segmentCompanies.edges);
  return (
    <section data-testid="segment-companies">
      <h3>{heading(total)}</h3>
      <ol className="ranked">
        {edges.map((e) => (
          <li key={e.node.id}>
            <button type="button" className="link" onClick={() => onOpen(e.node.id)} title={t('overview.open')}>
              {name(e.node)}
            </button>
            <span className="muted">{t('overview.degree', { suppliers: e.suppliers, customers: e.customers })}</span>
          </li>
        ))}
      </ol>
      {pages.hasNextPage && (
        <button type="button" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {pages.isFetchingNextPage ? t('common.loading') : t('overview.more')}
        </button>
      )}
    </section>
  );
}
