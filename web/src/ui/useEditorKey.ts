import { useSyncExternalStore } from 'react';

/** Where an editor's API key is kept: this browser tab only (sessionStorage), never in a link or on a server. */
const KEY_STORAGE = 'g60.apiKey';

// Every reader of the key hears a change at once: typed in the scenario panel, it is there in saved views too.
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const read = () => sessionStorage.getItem(KEY_STORAGE) ?? '';

export function setEditorKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
  for (const listener of listeners) listener();
}

/** The editor's API key for writes (imports, saved scenarios and views), shared by every part of this tab. */
export function useEditorKey(): [string, (key: string) => void] {
  return [useSyncExternalStore(subscribe, read), setEditorKey];
}
