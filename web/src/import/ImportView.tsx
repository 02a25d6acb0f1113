/**
 * The import page: an editor uploads the joint office's registry, sees which header each field was read from and
 * can change it, sees every problem row and every company that cannot be placed, then imports with progress and
 * downloads the report. Talks to /api/imports with the editor's API key (kept in this tab's sessionStorage).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorKey } from '../api/editorKey';
import { download } from '../export/download';
import { EditorKeyField } from '../ui/EditorKeyField';
import { AssignUnplaced } from './AssignUnplaced';
import {
  commitRegistry,
  importStatus,
  previewRegistry,
  reportCsv,
  uploadRegistry,
  type Mapping,
  type Preview,
  type Status,
} from './importApi';

const COMPANY_FIELDS = [
  'name',
  'uscc',
  'city',
  'district',
  'address',
  'industryCode',
  'founded',
  'listed',
  'park',
  'chain',
  'segment',
] as const;
const SUPPLY_FIELDS = ['supplier', 'supplierCode', 'customer', 'customerCode', 'product', 'since'] as const;

type Field = (typeof COMPANY_FIELDS)[number] | (typeof SUPPLY_FIELDS)[number];
type Step = 'idle' | 'uploading' | 'previewing' | 'ready' | 'importing' | 'finished';

export function ImportView() {
  const { t } = useTranslation();
  const [key, setKey] = useEditorKey();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ id: string; name: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [step, setStep] = useState<Step>('idle');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>, failedStep: Step) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
      setStep(failedStep);
    }
  };

  const showPreview = async (id: string, map: Mapping) => {
    setStep('previewing');
    const p = await previewRegistry(key, id, map);
    setPreview(p);
    // What the server read becomes the starting mapping, for the editor to change.
    setMapping(Object.assign({}, ...p.sheets.map((s) => s.columns), map) as Mapping);
    setStep('ready');
  };

  const onUpload = () =>
    run(async () => {
      if (!file) return;
      setStep('uploading');
      setPreview(null);
      setStatus(null);
      const u = await uploadRegistry(key, file);
      setUpload(u);
      await showPreview(u.id, {});
    }, 'idle');

  const onCommit = () =>
    run(async () => {
      if (!upload) return;
      setStep('importing');
      await commitRegistry(key, upload.id, mapping, skipInvalid);
      for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        const s = await importStatus(key, upload.id);
        setStatus(s);
        if (s.state === 'done' || s.state === 'failed') break;
      }
      setStep('finished');
    }, 'ready');

  const headers = [...new Set(preview?.sheets.flatMap((s) => s.headers) ?? [])];
  const kinds = new Set(preview?.sheets.map((s) => s.kind));
  const fields: Field[] = [
    ...(kinds.has('supplies') && !kinds.has('companies') ? [] : COMPANY_FIELDS),
    ...(kinds.has('supplies') ? SUPPLY_FIELDS : []),
  ];
  const report = status?.report;

  return (
    <section className="import-view" data-testid="import-view">
      <h3>{t('importer.title')}</h3>
      <p className="muted">{t('importer.intro')}</p>
      <EditorKeyField
        value={key}
        onChange={setKey}
        label={t('importer.key')}
        hint={t('importer.keyHint')}
        testId="import-key"
      />
      <label className="field">
        <span className="label">{t('importer.file')}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".xlsx,.csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button
        type="button"
        data-testid="import-upload"
        disabled={!file || !key || step === 'uploading' || step === 'previewing' || step === 'importing'}
        onClick={() => void onUpload()}
      >
        {t('importer.upload')}
      </button>
      {step === 'uploading' && <p className="muted">{t('importer.uploading')}</p>}
      {step === 'previewing' && <p className="muted">{t('importer.previewing')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {preview && (
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
              {fields.map((f) => (
                <tr key={f}>
                  <td>{t(`importer.fields.${f}`)}</td>
                  <td>
                    <select
                      data-testid={`map-${f}`}
                      value={mapping[f] ?? ''}
                      onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value || undefined }))}
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
            disabled={!upload || step !== 'ready'}
            onClick={() => upload && void run(() => showPreview(upload.id, definedOnly(mapping)), 'ready')}
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

          <label className="field inline">
            <input
              type="checkbox"
              data-testid="import-skip"
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.target.checked)}
            />
            <span>{t('importer.skipInvalid')}</span>
          </label>
          <button
            type="button"
            className="primary"
            data-testid="import-commit"
            disabled={step !== 'ready' || (preview.rejectedCount > 0 && !skipInvalid)}
            onClick={() => void onCommit()}
          >
            {t('importer.commit')}
          </button>
        </>
      )}

      {step === 'importing' && (
        <p className="muted" data-testid="import-progress">
          {t('importer.importing', { phase: status?.progress?.phase ?? '', done: status?.progress?.done ?? '' })}
        </p>
      )}
      {step === 'finished' && status?.state === 'done' && report?.import && (
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
      {step === 'finished' && status?.state === 'done' && report && report.unplaced.length > 0 && (
        <>
          <h4>{t('importer.toAssign')}</h4>
          <AssignUnplaced unplaced={report.unplaced} apiKey={key} />
        </>
      )}
      {step === 'finished' && status?.state === 'failed' && (
        <p className="error" data-testid="import-failed">
          {t('importer.failed', { error: status.error ?? '' })}
        </p>
      )}
      {step === 'finished' && upload && (
        <button
          type="button"
          data-testid="import-report"
          onClick={() =>
            void run(
              async () => download(`${upload.name}.report.csv`, await reportCsv(key, upload.id), 'text/csv'),
              'finished',
            )
          }
        >
          {t('importer.report')}
        </button>
      )}
    </section>
  );
}

function definedOnly(mapping: Mapping): Mapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
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
