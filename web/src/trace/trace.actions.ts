import { fetchApi } from '../api/query';
import type { ViewState } from '../workspace/view';
import type { WorkspaceActions } from '../workspace/Workspace';
import { PathsDocument, TraceDocument } from '../api/graph.documents';

/**
 * The most companies a trace draws. Cytoscape stays interactive at a few thousand elements (see the frame-rate
 * test); past that a trace says "truncated" and asks for a narrower filter.
 */
export const TRACE_DRAW_LIMIT = 2000;

/** How many shortest supply paths "find supply paths to here" draws. */
export const PATHS_SHOWN = 3;

/** Traces the view's company with the view's options, tier by tier, laid out left to right. */
export function runTrace(ws: WorkspaceActions, view: ViewState): Promise<void> {
  return ws.run(async () => {
    if (!view.focus?.startsWith('company:')) return;
    const { trace } = await fetchApi(ws.client, TraceDocument, {
      id: view.focus,
      direction: view.direction,
      maxDepth: view.depth,
      industryId: view.industryId,
      cityIds: view.cityIds.length > 0 ? view.cityIds : null,
      limit: TRACE_DRAW_LIMIT,
    });
    ws.dispatch({ type: 'replace', graph: trace, truncated: trace.truncated });
    ws.setLayout('tiers');
    ws.setHighlight([]);
    ws.select(view.focus);
  });
}

/** Adds the shortest supply paths from `from` to `to` to the graph and highlights them. */
export function findPaths(ws: WorkspaceActions, from: string, to: string): Promise<void> {
  return ws.run(async () => {
    const { paths } = await fetchApi(ws.client, PathsDocument, { fromId: from, toId: to, k: PATHS_SHOWN });
    if (paths.paths.length === 0) {
      ws.notify(ws.t('status.noPath'));
      return;
    }
    ws.dispatch({ type: 'merge', graph: paths.graph, truncated: false });
    ws.setHighlight([...paths.graph.nodes.map((n) => n.id), ...paths.graph.edges.map((e) => e.id)]);
    ws.notify(ws.t('status.pathsFound', { count: paths.paths.length }));
  });
}
