import { useEffect, useRef } from 'react';
import { fetchApi } from '../api/query';
import { runTrace } from '../trace/trace.actions';
import { restoreView, type SavedViewState } from '../views/savedViewState';
import { SavedViewDocument } from '../views/views.documents';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspaceActions } from '../workspace/Workspace';

/**
 * Draws what the URL describes, once, after the first paint (StrictMode's second mount cancels the first): a saved
 * view exactly as it was saved, else the root of the view the parameters name.
 */
export function useRestoreView(): void {
  const ws = useWorkspaceActions();
  const initial = useRef(ws);
  useEffect(() => {
    const first = initial.current;
    const v = first.current().view;
    const timer = setTimeout(() => {
      if (v.savedView) {
        const id = v.savedView;
        void first.run(async () => {
          const { savedView } = await fetchApi(first.client, SavedViewDocument, { id });
          await restoreView(first, savedView.id, savedView.state as SavedViewState);
        });
      } else if (v.mode === 'trace' && v.focus) void runTrace(first, v);
      else if (v.focus) void showNeighborhood(first, v.focus, 'replace', v.mode);
    }, 0);
    return () => clearTimeout(timer);
  }, []);
}
