import { useTranslation } from 'react-i18next';
import type { CoverageMatrixFragment, CoverageQuery } from '../__generated__/graphql';
import { useName } from '../i18n';

interface Props {
  cities: CoverageMatrixFragment['cities'];
  pairs: CoverageQuery['collaborationGaps'];
}

/** From-city × to-city: the darker the cell, the more complementary supply potential is not linked yet. */
export function PairMatrix({ cities, pairs }: Props) {
  const { t } = useTranslation();
  const { name } = useName();
  const byKey = new Map(pairs.map((p) => [`${p.from.id}|${p.to.id}`, p]));
  const maxUnlinked = Math.max(1, ...pairs.map((p) => p.potential - p.actual));
  return (
    <>
      <h3>{t('gaps.collaboration')}</h3>
      <table className="pair-matrix" data-testid="pair-matrix">
        <thead>
          <tr>
            <th>→</th>
            {cities.map((c) => (
              <th key={c.id}>{name(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cities.map((from) => (
            <tr key={from.id}>
              <th>{name(from)}</th>
              {cities.map((to) => {
                const p = byKey.get(`${from.id}|${to.id}`);
                const unlinked = p ? p.potential - p.actual : 0;
                return (
                  <td
                    key={to.id}
                    style={{ background: p ? `rgba(214, 69, 69, ${(unlinked / maxUnlinked) * 0.85})` : '#f5f7fa' }}
                    title={
                      p
                        ? t('gaps.pairTitle', {
                            from: name(from),
                            to: name(to),
                            actual: p.actual,
                            potential: p.potential,
                          })
                        : ''
                    }
                  >
                    {p ? unlinked : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
