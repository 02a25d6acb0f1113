/**
 * The app's notices: a load in progress, the last error, and short confirmations (toasts). They have a context of
 * their own, split in two, so that a toast re-renders the banners that show it and nothing else: `useNotices()`
 * gives the actions, which never change; `useNoticeState()` what the banners show.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface Notices {
  /** Runs a load: shows the loading state while it (or any other load) runs, and its error if it fails. */
  run(work: () => Promise<void>): Promise<void>;
  /** A short confirmation, shown for a moment. */
  notify(message: string): void;
}

export interface NoticeState {
  loading: boolean;
  error: string | null;
  toast: string | null;
}

/** How long a toast stays. */
export const TOAST_MS = 2500;

const NoticesContext = createContext<Notices | null>(null);
const NoticeStateContext = createContext<NoticeState | null>(null);

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices outside <NoticesProvider>');
  return notices;
}

export function useNoticeState(): NoticeState {
  const state = useContext(NoticeStateContext);
  if (!state) throw new Error('useNoticeState outside <NoticesProvider>');
  return state;
}

export function NoticesProvider({ children }: { children: ReactNode }) {
  // Loads can overlap (a trace while a neighbourhood loads): loading ends when the last one does.
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const notices = useMemo<Notices>(
    () => ({
      async run(work) {
        setPending((n) => n + 1);
        setError(null);
        try {
          await work();
        } catch (e) {
          setError((e as Error).message);
        } finally {
          setPending((n) => n - 1);
        }
      },
      notify(message) {
        // A second toast gets its full time: the first one's timer must not take it away early.
        clearTimeout(timer.current);
        setToast(message);
        timer.current = setTimeout(() => setToast(null), TOAST_MS);
      },
    }),
    [],
  );
  const state = useMemo(() => ({ loading: pending > 0, error, toast }), [pending, error, toast]);
  return (
    <NoticesContext.Provider value={notices}>
      <NoticeStateContext.Provider value={state}>{children}</NoticeStateContext.Provider>
    </NoticesContext.Provider>
  );
}
