import { useTranslation } from 'react-i18next';
import type { SupplierGapsQuery } from '../__generated__/graphql';
import { useName } from '../i18n';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions } from '../workspace/Workspace';
import { ScoreReasons } from './ScoreReasons';

type Candidate = SupplierGapsQuery['supplierGaps']['segments'][number]['candidates'][number];

/** Ranked candidates to fill a gap, each with its score and the reasons, worded in the interface's language. */
export function CandidateList({ candidates }: { candidates: Candidate[] }) {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspaceActions();
  return (
    <ol className="candidates" data-testid="candidates">
      {candidates.map((c) => (
        <li key={c.company.id}>
          <button type="button" className="link" onClick={() => void showNeighborhood(ws, c.company.id, 'replace')}>
            {name(c.company)}
          </button>{' '}
          {c.company.city && <span className="muted">{name(c.company.city)}</span>}{' '}
          <span className="score" title={t('gaps.score')}>
            {c.score}
          </span>
          <ScoreReasons reasons={c.reasons} />
        </li>
      ))}
    </ol>
  );
}
