import { useEffect, useRef } from 'react';
import { runTrace } from '../trace/trace.actions';
import { showNeighborhood } from '../workspace/showNeighborhood';
import { useWorkspace } from '../workspace/Workspace';

/** Draws what the URL describes, once, after the first paint (StrictMode's second mount cancels the first). */
export function useRestoreView(): void {
  const ws = useWorkspace();
  const initial = useRef(ws);
  useEffect(() => {
    const first = initial.current;
    const v = first.view;
    const timer = setTimeout(() => {
      if (v.mode === 'trace' && v.focus) void runTrace(first, v);
      else if (v.focus) void showNeighborhood(first, v.focus, 'replace', v.mode);
    }, 0);
    return () => clearTimeout(timer);
  }, []);
}
