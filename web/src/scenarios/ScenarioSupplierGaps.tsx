import { useTranslation } from 'react-i18next';
import { SupplierGaps } from '../gaps/SupplierGaps';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { useScenario } from './ScenarioState';

const where = (s: WorkspaceState) => ({ inGaps: s.view.mode === 'gaps', industryId: s.view.industryId });

/**
 * A company's supplier gaps in the details panel: in the gaps mode with a what-if scenario, as the scenario has
 * them — unless the scenario takes the company away, which leaves the real ones, said so.
 */
export function ScenarioSupplierGaps({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { draft } = useScenario();
  const { inGaps, industryId } = useWorkspaceState(where);
  const { changes } = draft;
  const removed = changes.some((c) => c.kind === 'REMOVE_COMPANY' && c.companyId === companyId);
  const scenario = inGaps && industryId && changes.length > 0 && !removed ? { industryId, changes } : null;
  return (
    <SupplierGaps
      companyId={companyId}
      scenario={scenario}
      note={removed && inGaps ? t('scenario.removedHere') : null}
    />
  );
}
