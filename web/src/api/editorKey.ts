import { useEffect, useState } from 'react';

/** Where an editor's API key is kept: this browser tab only (sessionStorage), never in a link or on a server. */
const KEY_STORAGE = 'g60.apiKey';

/** The editor's API key for writes (imports, saved scenarios and views), shared by every page of this tab. */
export function useEditorKey(): [string, (key: string) => void] {
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '');
  useEffect(() => sessionStorage.setItem(KEY_STORAGE, key), [key]);
  return [key, setKey];
}
