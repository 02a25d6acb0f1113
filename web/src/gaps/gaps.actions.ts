import { fetchApi } from '../api/query';
import { TraceDocument } from '../api/graph.documents';
import type { WorkspaceActions } from '../workspace/Workspace';

/** Suppliers and customers two tiers around the companies that cut a chain, with those companies highlighted. */
export const CUT_CONTEXT = { depth: 2, limit: 400 } as const;

export function showCut(ws: WorkspaceActions, companyIds: readonly string[]): Promise<void> {
  return ws.run(async () => {
    const [first] = companyIds;
    if (!first) return;
    const { trace } = await fetchApi(ws.client, TraceDocument, {
      id: first,
      direction: 'BOTH',
      maxDepth: CUT_CONTEXT.depth,
      limit: CUT_CONTEXT.limit,
    });
    ws.dispatch({ type: 'replace', graph: trace, truncated: trace.truncated });
    ws.setLayout('tiers');
    ws.setHighlight(companyIds);
    ws.select(first);
  });
}
