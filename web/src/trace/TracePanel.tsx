import { LIMITS } from '@g60/graph-schema/limits';
import { useTranslation } from 'react-i18next';
import { memberCities, useCities } from '../api/useCorridor';
import { cityColor } from '../graph/palette';
import { useName } from '../i18n';
import { IndustrySelect } from '../ui/IndustrySelect';
import type { ViewState } from '../workspace/view';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { runTrace } from './trace.actions';

const DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const;

const viewOf = (s: WorkspaceState) => s.view;
const nodesOf = (s: WorkspaceState) => s.visible.nodes;

/** Trace controls: direction, tiers, industry and member cities. Every change lands in the URL. */
export function TracePanel() {
  const { t } = useTranslation();
  const { name } = useName();
  const ws = useWorkspaceActions();
  const { patchView } = ws;
  const view = useWorkspaceState(viewOf);
  const nodes = useWorkspaceState(nodesOf);
  const cities = memberCities(useCities());
  const focus = view.focus ? nodes.find((n) => n.id === view.focus) : undefined;
  const toggleCity = (id: string, on: boolean) =>
    patchView({ cityIds: on ? [...view.cityIds, id] : view.cityIds.filter((c) => c !== id) });

  return (
    <section className="panel trace-panel" data-testid="trace-panel">
      <div className="field">
        <span className="label">{t('trace.company')}</span>
        <strong data-testid="trace-company">
          {focus ? name({ nameZh: focus.label, nameEn: focus.labelEn }) : (view.focus ?? t('trace.pickCompany'))}
        </strong>
      </div>
      <label className="field">
        <span className="label">{t('trace.direction')}</span>
        <select
          data-testid="trace-direction"
          value={view.direction}
          onChange={(e) => patchView({ direction: e.target.value as ViewState['direction'] })}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`trace.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="label">{t('trace.depth', { depth: view.depth })}</span>
        <input
          type="range"
          min={LIMITS.trace.maxDepth.min}
          max={LIMITS.trace.maxDepth.max}
          value={view.depth}
          data-testid="trace-depth"
          onChange={(e) => patchView({ depth: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        <span className="label">{t('trace.industry')}</span>
        <IndustrySelect
          value={view.industryId}
          onChange={(id) => patchView({ industryId: id })}
          emptyLabel={t('trace.anyIndustry')}
        />
      </label>
      <fieldset className="field cities" data-testid="trace-cities">
        <legend className="label">{t('trace.cities')}</legend>
        {cities.map((c) => (
          <label key={c.id} className="city-check">
            <input
              type="checkbox"
              value={c.id}
              checked={view.cityIds.includes(c.id)}
              onChange={(e) => toggleCity(c.id, e.target.checked)}
            />
            <span className="swatch" style={{ background: cityColor(c.id) }} />
            {name(c)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="primary"
        data-testid="trace-run"
        disabled={!view.focus?.startsWith('company:')}
        onClick={() => void runTrace(ws, view)}
      >
        {t('trace.run')}
      </button>
    </section>
  );
}
