import { useApiQuery } from '../api/query';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { WhatIfDocument } from './scenario.documents';
import { namesChain } from './scenarioDraft';
import { useScenario } from './ScenarioState';

const industryOf = (s: WorkspaceState) => s.view.industryId;

/**
 * The analysis of the scenario being built, for the chosen industry — or, with none chosen, for the chain the
 * changes name (the API says which). Every part of the gaps view that shows it calls this: one request, cached.
 */
export function useWhatIf() {
  const { draft } = useScenario();
  const industryId = useWorkspaceState(industryOf);
  const active = draft.changes.length > 0;
  const variables = !active
    ? undefined
    : industryId
      ? { industryId, changes: draft.changes }
      : namesChain(draft.changes)
        ? { changes: draft.changes }
        : undefined;
  const query = useApiQuery(WhatIfDocument, variables);
  return { active, industryId, draft, query, answer: active ? query.data?.whatIf : undefined };
}
