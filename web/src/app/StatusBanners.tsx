import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/Workspace';

/** Loading and layout progress, the last error, a cut-short answer, and short confirmations. */
export function StatusBanners({ layoutBusy }: { layoutBusy: boolean }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      {(ws.loading || layoutBusy) && (
        <div className="banner" role="status" data-testid="busy">
          <span className="spinner" /> {ws.loading ? t('status.loadingGraph') : t('status.layouting')}
        </div>
      )}
      {ws.error && (
        <div className="banner error" role="alert">
          {t('common.error')}: {ws.error}
        </div>
      )}
      {ws.history.present.truncated && !ws.loading && (
        <div className="banner warn" data-testid="truncated">
          {ws.view.mode === 'trace' ? t('status.narrow') : t('status.truncated')}
        </div>
      )}
      {ws.toast && (
        <div className="toast" role="status">
          {ws.toast}
        </div>
      )}
    </>
  );
}
