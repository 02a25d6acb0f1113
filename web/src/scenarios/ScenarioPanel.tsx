/**
 * The scenario panel of the gaps mode: the changes in order (each can be taken back), its name, save (write scope)
 * and share by link, open or delete a saved one. A link with `scenario=` opens it here in any fresh page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioFieldsFragment, ScenarioChangeInput } from '../__generated__/graphql';
import { request } from '../api/client';
import { useEditorKey } from '../api/editorKey';
import { useApiQuery } from '../api/query';
import { EditorKeyField } from '../ui/EditorKeyField';
import { useWorkspace } from '../workspace/Workspace';
import { EMPTY_DRAFT, withoutChange } from '../workspace/scenarioDraft';
import {
  DeleteScenarioDocument,
  SaveScenarioDocument,
  ScenarioDocument,
  ScenariosDocument,
} from './scenario.documents';
import { useChangeLines } from './useChangeNames';

/** A stored change as the input it was made from (the API answers with the entities it names too). */
function inputOf(c: ScenarioFieldsFragment['changes'][number]): ScenarioChangeInput {
  const input: ScenarioChangeInput = { kind: c.kind };
  for (const key of ['companyId', 'cityId', 'segmentId', 'name', 'supplierId', 'customerId'] as const) {
    if (c[key]) input[key] = c[key];
  }
  return input;
}

/** The entities a saved scenario's changes name, for their lines. */
const namedIn = (s: ScenarioFieldsFragment | undefined) =>
  (s?.changes ?? []).flatMap((c) =>
    [c.company, c.city, c.segment, c.supplier, c.customer].filter((e): e is NonNullable<typeof e> => !!e),
  );

export function ScenarioPanel() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { scenario: draft, setScenario, view, patchView } = ws;
  const client = useQueryClient();
  const [key, setKey] = useEditorKey();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = useApiQuery(ScenariosDocument, {});
  const opened = useApiQuery(ScenarioDocument, view.scenario ? { id: view.scenario } : undefined, Infinity);

  // A link (or the list) names a saved scenario: it becomes the draft, on its own industry unless one is chosen.
  useEffect(() => {
    const s = opened.data?.scenario;
    if (!s || draft.id === s.id) return;
    setScenario(() => ({ id: s.id, name: s.name, changes: s.changes.map(inputOf) }));
    if (!view.industryId && s.industry) patchView({ industryId: s.industry.id });
  }, [opened.data, draft.id, setScenario, view.industryId, patchView]);

  const lines = useChangeLines(draft.changes, namedIn(opened.data?.scenario));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const { saveScenario } = await request(
        SaveScenarioDocument,
        {
          input: {
            id: draft.id,
            name: draft.name.trim() || t('scenario.title'),
            industryId: view.industryId,
            changes: draft.changes,
          },
        },
        undefined,
        key,
      );
      client.setQueryData([ScenarioDocument.toString(), { id: saveScenario.id }], { scenario: saveScenario });
      setScenario((d) => ({ ...d, id: saveScenario.id, name: saveScenario.name }));
      patchView({ scenario: saveScenario.id });
      void saved.refetch();
      ws.notify(t('scenario.saved'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!draft.id) return;
    try {
      await request(DeleteScenarioDocument, { id: draft.id }, undefined, key);
      setScenario(() => EMPTY_DRAFT);
      patchView({ scenario: null });
      void saved.refetch();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const copyLink = async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    ws.notify(t('scenario.linkCopied'));
  };

  return (
    <div className="scenario-panel" data-testid="scenario-panel">
      <h3>
        {t('scenario.title')}
        {draft.changes.length > 0 && <span className="badge">{draft.changes.length}</span>}
      </h3>
      {draft.changes.length === 0 && <p className="muted small">{t('scenario.hint')}</p>}
      <ol className="scenario-changes" data-testid="scenario-changes">
        {lines.map((line, i) => (
          <li key={`${i}-${line}`}>
            <span>{line}</span>
            <button
              type="button"
              className="link"
              title={t('scenario.removeChange')}
              aria-label={t('scenario.removeChange')}
              onClick={() => setScenario((d) => withoutChange(d, i))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {draft.changes.length > 0 && (
        <>
          <label className="field inline">
            <span className="label">{t('scenario.name')}</span>
            <input
              data-testid="scenario-name"
              value={draft.name}
              maxLength={80}
              onChange={(e) => setScenario((d) => ({ ...d, name: e.target.value }))}
            />
          </label>
          {!key && (
            <EditorKeyField
              value={key}
              onChange={setKey}
              label={t('scenario.key')}
              hint={t('scenario.keyHint')}
              testId="scenario-key"
            />
          )}
          <div className="row">
            <button type="button" data-testid="scenario-save" disabled={busy || !key} onClick={() => void save()}>
              {t('scenario.save')}
            </button>
            {draft.id && (
              <button type="button" data-testid="scenario-link" onClick={() => void copyLink()}>
                {t('scenario.copyLink')}
              </button>
            )}
            <button
              type="button"
              data-testid="scenario-clear"
              onClick={() => {
                setScenario(() => EMPTY_DRAFT);
                patchView({ scenario: null });
              }}
            >
              {t('scenario.clear')}
            </button>
            {draft.id && key && (
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('scenario.delete')}
              </button>
            )}
          </div>
        </>
      )}
      {(saved.data?.scenarios.length ?? 0) > 0 && (
        <label className="field inline">
          <span className="label">{t('scenario.open')}</span>
          <select
            data-testid="scenario-open"
            value={draft.id ?? ''}
            onChange={(e) => {
              setScenario(() => EMPTY_DRAFT);
              patchView({ scenario: e.target.value || null });
            }}
          >
            <option value="">{t('scenario.none')}</option>
            {saved.data?.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && <p className="error">{error}</p>}
      {opened.isError && <p className="error">{opened.error.message}</p>}
    </div>
  );
}
