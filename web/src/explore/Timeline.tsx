import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleGraph } from '../workspace/graphHistory';
import { useWorkspaceActions, useWorkspaceState, type WorkspaceState } from '../workspace/Workspace';
import { datedYears } from '../workspace/years';

const dated = (s: WorkspaceState) => ({ present: s.history.present, year: s.year });

/** A year slider over the dated entities in view, with a bar per year: how the corridor grew. */
export function Timeline() {
  const { t } = useTranslation();
  const { present, year } = useWorkspaceState(dated);
  const { setYear } = useWorkspaceActions();
  const years = useMemo(() => datedYears(visibleGraph(present)), [present]);
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined || first === last) return null;
  const max = Math.max(...years.values());
  return (
    <div className="timeline overlay-panel" data-testid="timeline">
      <span className="label">{t('timeline.title')}</span>
      <div className="bars">
        {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((y) => (
          <button
            key={y}
            type="button"
            className={`bar ${year !== null && y > year ? 'later' : ''}`}
            style={{ height: `${4 + ((years.get(y) ?? 0) / max) * 22}px` }}
            title={`${y}: ${years.get(y) ?? 0}`}
            onClick={() => setYear(y)}
          />
        ))}
      </div>
      <input
        type="range"
        min={first}
        max={last}
        value={year ?? last}
        aria-label={t('timeline.title')}
        onChange={(e) => setYear(Number(e.target.value) === last ? null : Number(e.target.value))}
      />
      <span className="year">{year ?? `≤ ${last}`}</span>
    </div>
  );
}
