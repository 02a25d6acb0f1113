/** The import page's steps (ImportView.tsx): each shows its part of the one state and sends its actions. */
import { useTranslation } from 'react-i18next';
import { AssignUnplaced } from './AssignUnplaced';
import type { Preview } from './importApi';
import { canCommit, canPreviewAgain, canUpload, ended, fieldsOf, following, headersOf } from './importReducer';
import type { ImportJob } from './useImportJob';

/** Choose the file and upload it; the preview follows on its own. */
export function UploadStep({ job, apiKey }: { job: ImportJob; apiKey: string }) {
  const { t } = useTranslation();
  const { state, dispatch } = job;
  return (
    <>
      <label className="field">
        <span className="label">{t('importer.file')}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".xlsx,.csv"
          onChange={(e) => dispatch({ type: 'file', file: e.target.files?.[0] ?? null })}
        />
      </label>
      <button
        type="button"
        data-testid="import-upload"
        disabled={!canUpload(state, apiKey)}
        onClick={() => void job.upload()}
      >
        {t('importer.upload')}
      </button>
      {state.busy === 'uploading' && <p className="muted">{t('importer.uploading')}</p>}
      {state.busy === 'previewing' && <p className="muted">{t('importer.previewing')}</p>}
    </>
  );
}

/** What the server read: the sheets, the column of each field (to change, and preview again), the problems. */
export function PreviewStep({ job, preview }: { job: ImportJob; preview: Preview }) {
  const { t } = useTranslation();
  const { state, dispatch } = job;
  const headers = headersOf(preview);
  return (
    <>
      <h4>{t('importer.sheets')}</h4>
      <table className="import-table" data-testid="import-sheets">
        <thead>
          <tr>
            <th>{t('importer.sheet')}</th>
            <th>{t('importer.kind')}</th>
            <th>{t('importer.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.sheets.map((s) => (
            <tr key={s.sheet}>
              <td>{s.sheet}</td>
              <td>{t(`importer.${s.kind}`)}</td>
              <td>{s.rows.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>{t('importer.columns')}</h4>
      <table className="import-table" data-testid="import-mapping">
        <thead>
          <tr>
            <th>{t('importer.field')}</th>
            <th>{t('importer.column')}</th>
          </tr>
        </thead>
        <tbody>
          {fieldsOf(preview).map((f) => (
            <tr key={f}>
              <td>{t(`importer.fields.${f}`)}</td>
              <td>
                <select
                  data-testid={`map-${f}`}
                  value={state.mapping[f] ?? ''}
                  onChange={(e) => dispatch({ type: 'map', field: f, column: e.target.value || null })}
                >
                  <option value="">{t('importer.none')}</option>
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        data-testid="import-repreview"
        disabled={!canPreviewAgain(state)}
        onClick={() => void job.previewAgain()}
      >
        {t('importer.repreview')}
      </button>

      <h4>{t('importer.rejected', { count: preview.rejectedCount })}</h4>
      {preview.rejected.length === 0 ? (
        <p className="muted">{t('importer.noProblems')}</p>
      ) : (
        <Problems
          testId="import-rejected"
          rows={preview.rejected.map((r) => [r.at, r.column, r.message])}
          head={[t('importer.at'), t('importer.column'), t('importer.reason')]}
        />
      )}
      {preview.unplacedCount > 0 && (
        <>
          <h4>{t('importer.unplaced', { count: preview.unplacedCount })}</h4>
          <Problems
            testId="import-unplaced"
            rows={preview.unplaced.map((u) => [u.at, u.name, u.reason])}
            head={[t('importer.at'), t('importer.fields.name'), t('importer.reason')]}
          />
        </>
      )}
    </>
  );
}

/** Import: rows with problems hold it back until the editor chooses to skip them. */
export function CommitStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { state, dispatch } = job;
  return (
    <>
      <label className="field inline">
        <input
          type="checkbox"
          data-testid="import-skip"
          checked={state.skipInvalid}
          onChange={(e) => dispatch({ type: 'skipInvalid', skip: e.target.checked })}
        />
        <span>{t('importer.skipInvalid')}</span>
      </label>
      <button
        type="button"
        className="primary"
        data-testid="import-commit"
        disabled={!canCommit(state)}
        onClick={() => void job.commit()}
      >
        {t('importer.commit')}
      </button>
    </>
  );
}

/** The running import's progress, then what it did: the counts, the companies to place by hand, the report. */
export function StatusStep({ job, apiKey }: { job: ImportJob; apiKey: string }) {
  const { t } = useTranslation();
  const { state } = job;
  const progress = state.status?.progress;
  if (!ended(state)) {
    if (state.step !== 'commit' && !following(state)) return null;
    return (
      <p className="muted" data-testid="import-progress">
        {t('importer.importing', { phase: progress?.phase ?? '', done: progress?.done ?? '' })}
      </p>
    );
  }
  const { status } = state;
  const report = status.report;
  return (
    <>
      {status.state === 'done' && report?.import && (
        <p className="ok" data-testid="import-done">
          {t('importer.done', {
            created: report.import.created,
            updated: report.import.updated,
            unchanged: report.import.unchanged,
            unplaced: report.unplacedCount,
            rejected: report.rejectedCount,
          })}
        </p>
      )}
      {status.state === 'done' && report && report.unplaced.length > 0 && (
        <>
          <h4>{t('importer.toAssign')}</h4>
          <AssignUnplaced unplaced={report.unplaced} apiKey={apiKey} />
        </>
      )}
      {status.state === 'failed' && (
        <p className="error" data-testid="import-failed">
          {t('importer.failed', { error: status.error ?? '' })}
        </p>
      )}
      <button type="button" data-testid="import-report" onClick={() => void job.downloadReport()}>
        {t('importer.report')}
      </button>
    </>
  );
}

function Problems({ rows, head, testId }: { rows: string[][]; head: string[]; testId: string }) {
  return (
    <table className="import-table problems" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
