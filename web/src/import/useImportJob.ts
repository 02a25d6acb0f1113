import { useEffect, useReducer, type Dispatch } from 'react';
import { download } from '../export/download';
import { commitRegistry, importStatus, previewRegistry, reportCsv, uploadRegistry, type Mapping } from './importApi';
import { definedOnly, following, importReducer, INITIAL, type ImportAction, type ImportState } from './importReducer';

/** How often a running import's status is asked for. */
export const POLL_MS = 500;

export interface ImportJob {
  state: ImportState;
  dispatch: Dispatch<ImportAction>;
  upload(): Promise<void>;
  previewAgain(): Promise<void>;
  commit(): Promise<void>;
  downloadReport(): Promise<void>;
}

/**
 * The import page's one reducer (importReducer.ts) with the requests of /api/imports around it: each request tells
 * the reducer what happened, and while an import runs its status is asked for until it ends or the page goes.
 */
export function useImportJob(key: string): ImportJob {
  const [state, dispatch] = useReducer(importReducer, INITIAL);
  const fail = (e: unknown) => dispatch({ type: 'failed', error: (e as Error).message });

  const preview = async (id: string, asked: Mapping) =>
    dispatch({ type: 'previewed', preview: await previewRegistry(key, id, asked), asked });

  const polled = following(state) && !state.error ? state.upload?.id : undefined;
  useEffect(() => {
    if (!polled) return;
    let gone = false;
    const timer = setTimeout(() => {
      importStatus(key, polled).then(
        (status) => gone || dispatch({ type: 'status', status }),
        (e: unknown) => gone || dispatch({ type: 'failed', error: (e as Error).message }),
      );
    }, POLL_MS);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
    // Each answer is a new status: asked again after it, until the import ends.
  }, [polled, state.status, key]);

  return {
    state,
    dispatch,
    async upload() {
      const { file } = state;
      if (!file) return;
      dispatch({ type: 'uploading' });
      try {
        const upload = await uploadRegistry(key, file);
        dispatch({ type: 'uploaded', upload });
        await preview(upload.id, {});
      } catch (e) {
        fail(e);
      }
    },
    async previewAgain() {
      if (!state.upload) return;
      dispatch({ type: 'previewing' });
      try {
        await preview(state.upload.id, definedOnly(state.mapping));
      } catch (e) {
        fail(e);
      }
    },
    async commit() {
      if (!state.upload) return;
      dispatch({ type: 'committing' });
      try {
        await commitRegistry(key, state.upload.id, state.mapping, state.skipInvalid);
        dispatch({ type: 'committed' });
      } catch (e) {
        fail(e);
      }
    },
    async downloadReport() {
      const { upload } = state;
      if (!upload) return;
      try {
        download(`${upload.name}.report.csv`, await reportCsv(key, upload.id), 'text/csv');
      } catch (e) {
        fail(e);
      }
    },
  };
}
