/**
 * Saved views in the toolbar: save what the canvas shows under a name (write scope), and open, rename, delete or
 * share the saved ones. A link with `view=` restores a view exactly (app/useRestoreView.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { fetchApi, useApiQuery } from '../api/query';
import { EditorKey } from '../ui/EditorKey';
import { useEditorKey } from '../ui/useEditorKey';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { captureView, restoreView, type SavedViewState } from './savedViewState';
import {
  DeleteViewDocument,
  RenameViewDocument,
  SavedViewDocument,
  SavedViewsDocument,
  SaveViewDocument,
} from './views.documents';

const hasGraph = (s: WorkspaceState) => s.visible.nodes.length > 0;

export function SavedViews() {
  const { t } = useTranslation();
  const ws = useWorkspaceActions();
  const drawn = useWorkspaceState(hasGraph);
  const [key] = useEditorKey();
  const list = useApiQuery(SavedViewsDocument, {});
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      void list.refetch();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const save = () =>
    attempt(async () => {
      const state = captureView({ ...ws.current(), canvas: ws.canvas });
      const { saveView } = await request(
        SaveViewDocument,
        { name: name.trim() || t('views.defaultName'), state },
        undefined,
        key,
      );
      ws.patchView({ savedView: saveView.id });
      setName('');
      ws.notify(t('views.saved'));
    });
  const open = (id: string) =>
    ws.run(async () => {
      const { savedView } = await fetchApi(ws.client, SavedViewDocument, { id });
      await restoreView(ws, savedView.id, savedView.state as SavedViewState);
    });

  return (
    <details className="saved-views" data-testid="saved-views">
      <summary>{t('views.title')}</summary>
      <div className="saved-views-panel">
        <EditorKey testId="view-key" />
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            data-testid="view-name"
            aria-label={t('views.name')}
            placeholder={t('views.name')}
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" data-testid="view-save" disabled={!key || !drawn}>
            {t('views.save')}
          </button>
        </form>
        <ul data-testid="view-list">
          {list.data?.savedViews.map((v) => (
            <li key={v.id} data-testid={`view-${v.id}`}>
              {renaming?.id === v.id ? (
                <form
                  className="row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void attempt(async () => {
                      await request(RenameViewDocument, { id: v.id, name: renaming.name }, undefined, key);
                      setRenaming(null);
                    });
                  }}
                >
                  <input
                    aria-label={t('views.name')}
                    value={renaming.name}
                    maxLength={80}
                    onChange={(e) => setRenaming({ id: v.id, name: e.target.value })}
                  />
                  <button type="submit">{t('views.save')}</button>
                </form>
              ) : (
                <button type="button" className="link" onClick={() => void open(v.id)}>
                  {v.name}
                </button>
              )}
              <span className="muted small"> {v.updatedAt.slice(0, 16).replace('T', ' ')}</span>
              <span className="row">
                <button type="button" disabled={!key} onClick={() => setRenaming({ id: v.id, name: v.name })}>
                  {t('views.rename')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const url = new URL(location.href);
                    url.search = `?view=${encodeURIComponent(v.id)}`;
                    void navigator.clipboard?.writeText(url.href).catch(() => undefined);
                    ws.notify(t('scenario.linkCopied'));
                  }}
                >
                  {t('views.copyLink')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={!key}
                  onClick={() =>
                    void attempt(async () => void (await request(DeleteViewDocument, { id: v.id }, undefined, key)))
                  }
                >
                  {t('views.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
        {error && <p className="error">{error}</p>}
      </div>
    </details>
  );
}
