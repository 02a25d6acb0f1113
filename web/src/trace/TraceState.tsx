/**
 * What only the trace keeps: the company marked as the start of "supply paths to here". Its own context, so that
 * marking one re-renders the trace's readers, not the workspace's.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export interface TraceState {
  pathStart: string | null;
  setPathStart(id: string | null): void;
}

const TraceContext = createContext<TraceState | null>(null);

export function TraceProvider({ children }: { children: ReactNode }) {
  const [pathStart, setPathStart] = useState<string | null>(null);
  const trace = useMemo(() => ({ pathStart, setPathStart }), [pathStart]);
  return <TraceContext.Provider value={trace}>{children}</TraceContext.Provider>;
}

export function useTrace(): TraceState {
  const trace = useContext(TraceContext);
  if (!trace) throw new Error('useTrace outside <TraceProvider>');
  return trace;
}
