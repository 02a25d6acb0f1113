import { useTranslation } from 'react-i18next';
import { useNoticeState } from '../ui/notices';
import { useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';

const cut = (s: WorkspaceState) => ({ truncated: s.history.present.truncated, trace: s.view.mode === 'trace' });

/** Loading and layout progress, the last error, a cut-short answer, and short confirmations. */
export function StatusBanners({ layoutBusy }: { layoutBusy: boolean }) {
  const { t } = useTranslation();
  const { loading, error, toast } = useNoticeState();
  const { truncated, trace } = useWorkspaceState(cut);
  return (
    <>
      {(loading || layoutBusy) && (
        <div className="banner" role="status" data-testid="busy">
          <span className="spinner" /> {loading ? t('status.loadingGraph') : t('status.layouting')}
        </div>
      )}
      {error && (
        <div className="banner error" role="alert">
          {t('common.error')}: {error}
        </div>
      )}
      {truncated && !loading && (
        <div className="banner warn" data-testid="truncated">
          {trace ? t('status.narrow') : t('status.truncated')}
        </div>
      )}
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
    </>
  );
}
