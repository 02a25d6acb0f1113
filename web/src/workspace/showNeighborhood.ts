import { fetchApi } from '../api/query';
import type { Mode } from './view';
import type { WorkspaceActions } from './Workspace';
import { NeighborhoodDocument } from '../api/graph.documents';

/** How many neighbours one expansion draws at most; the API allows more, a readable canvas does not. */
export const EXPAND_LIMIT = 200;

/**
 * Draws an entity's neighbourhood: `replace` starts a new view about it in `mode` (and puts it in the URL),
 * `expand` adds its neighbours to what is drawn.
 */
export function showNeighborhood(
  ws: WorkspaceActions,
  id: string,
  how: 'replace' | 'expand',
  mode: Mode = 'explore',
): Promise<void> {
  return ws.run(async () => {
    const { neighborhood } = await fetchApi(ws.client, NeighborhoodDocument, { id, depth: 1, limit: EXPAND_LIMIT });
    ws.dispatch({
      type: how === 'replace' ? 'replace' : 'merge',
      graph: neighborhood,
      truncated: neighborhood.truncated,
    });
    if (how === 'replace') {
      ws.setLayout('force');
      ws.setHighlight([]);
      ws.patchView({ focus: id, mode });
    }
    ws.select(id);
  });
}
