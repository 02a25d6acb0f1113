/**
 * The import page: an editor uploads the joint office's registry, sees which header each field was read from and
 * can change it, sees every problem row and every company that cannot be placed, then imports with progress and
 * downloads the report. Steps in order, each its own component, all driven by one reducer (importReducer.ts) through
 * useImportJob; it talks to /api/imports with the editor's API key (kept in this tab's sessionStorage).
 */
import { useTranslation } from 'react-i18next';
import { EditorKey } from '../ui/EditorKey';
import { useEditorKey } from '../ui/useEditorKey';
import { STEPS, type Step } from './importReducer';
import { CommitStep, PreviewStep, StatusStep, UploadStep } from './ImportSteps';
import { useImportJob } from './useImportJob';

export function ImportView() {
  const { t } = useTranslation();
  const [key] = useEditorKey();
  const job = useImportJob(key);
  const { state } = job;
  return (
    <section className="import-view" data-testid="import-view">
      <h3>{t('importer.title')}</h3>
      <p className="muted">{t('importer.intro')}</p>
      <StepList step={state.step} />
      <EditorKey testId="import-key" />
      <UploadStep job={job} apiKey={key} />
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {state.preview && <PreviewStep job={job} preview={state.preview} />}
      {state.preview && <CommitStep job={job} />}
      {(state.step === 'commit' || state.step === 'status') && <StatusStep job={job} apiKey={key} />}
    </section>
  );
}

/** Where the editor is: the steps, the current one marked. */
function StepList({ step }: { step: Step }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(step);
  return (
    <ol className="import-steps" data-testid="import-steps">
      {STEPS.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'done' : i === at ? 'current' : ''}
          aria-current={i === at ? 'step' : undefined}
        >
          {t(`importer.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
