/**
 * The scenario panel of the gaps mode: the changes in order (each can be taken back), its name, save (write scope)
 * and share by link, open or delete a saved one. A link with `scenario=` opens it here in any fresh page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioFieldsFragment, ScenarioChangeInput } from '../__generated__/graphql';
import { request } from '../api/client';
import { primeApi, useApiQuery } from '../api/query';
import { EditorKey } from '../ui/EditorKey';
import { useEditorKey } from '../ui/useEditorKey';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import {
  DeleteScenarioDocument,
  SaveScenarioDocument,
  ScenarioDocument,
  ScenariosDocument,
} from './scenario.documents';
import { EMPTY_DRAFT, withoutChange } from './scenarioDraft';
import { useScenario } from './ScenarioState';
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

const where = (s: WorkspaceState) => ({ industryId: s.view.industryId, scenarioId: s.view.scenario });

export function ScenarioPanel() {
  const { t } = useTranslation();
  const { draft, setDraft } = useScenario();
  const { industryId, scenarioId } = useWorkspaceState(where);
  const { patchView, notify } = useWorkspaceActions();
  const client = useQueryClient();
  const [key] = useEditorKey();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = useApiQuery(ScenariosDocument, {});
  const opened = useApiQuery(ScenarioDocument, scenarioId ? { id: scenarioId } : undefined, Infinity);

  // A link (or the list) names a saved scenario: it becomes the draft, on its own industry unless one is chosen.
  useEffect(() => {
    const s = opened.data?.scenario;
    if (!s || draft.id === s.id) return;
    setDraft(() => ({ id: s.id, name: s.name, changes: s.changes.map(inputOf) }));
    if (!industryId && s.industry) patchView({ industryId: s.industry.id });
  }, [opened.data, draft.id, setDraft, industryId, patchView]);

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
            industryId,
            changes: draft.changes,
          },
        },
        undefined,
        key,
      );
      primeApi(client, ScenarioDocument, { id: saveScenario.id }, { scenario: saveScenario });
      setDraft((d) => ({ ...d, id: saveScenario.id, name: saveScenario.name }));
      patchView({ scenario: saveScenario.id });
      void saved.refetch();
      notify(t('scenario.saved'));
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
      setDraft(() => EMPTY_DRAFT);
      patchView({ scenario: null });
      void saved.refetch();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const copyLink = async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    notify(t('scenario.linkCopied'));
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
              onClick={() => setDraft((d) => withoutChange(d, i))}
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
              onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
            />
          </label>
          <EditorKey testId="scenario-key" />
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
                setDraft(() => EMPTY_DRAFT);
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
              setDraft(() => EMPTY_DRAFT);
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
