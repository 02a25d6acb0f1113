import { useTranslation } from 'react-i18next';
import type { CoverageQuery } from '../__generated__/graphql';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useName } from '../i18n';
import { useWorkspaceActions } from '../workspace/Workspace';
import { showCut } from './gaps.actions';

/** How many of the cutting companies are listed and drawn. */
const SHOWN = 10;

/** The chain's weak points: single-source and missing segments, and the companies whose loss strands others. */
export function CutList({ resilience }: { resilience: CoverageQuery['resilience'] }) {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspaceActions();
  const shown = resilience.cutCompanies.slice(0, SHOWN);
  return (
    <>
      <h3>{t('gaps.resilience')}</h3>
      <p className="muted">
        {t('gaps.resilienceSummary', {
          weak: resilience.singleSourceSegments.length,
          missing: resilience.missingSegments.length,
        })}
      </p>
      <ol className="cut-list" data-testid="cut-list">
        {shown.map((c) => (
          <li key={c.company.id}>
            <button
              type="button"
              className="link"
              onClick={() => void showNeighborhood(ws, c.company.id, 'replace', 'gaps')}
            >
              {name(c.company)}
            </button>{' '}
            — {t('gaps.stranded', { count: c.stranded })}
          </li>
        ))}
      </ol>
      {shown.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void showCut(
              ws,
              shown.map((c) => c.company.id),
            )
          }
        >
          {t('gaps.showInGraph')}
        </button>
      )}
    </>
  );
}
