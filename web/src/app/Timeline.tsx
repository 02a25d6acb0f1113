import type { GraphData } from '../graph/toElements';
import { t, type Lang } from './i18n';

/** Years of the dated entities in view (alliances founded, projects and agreements signed, companies founded). */
export function datedYears(graph: GraphData): Map<number, number> {
  const years = new Map<number, number>();
  for (const n of graph.nodes) {
    const y = n.date ? Number(n.date.slice(0, 4)) : NaN;
    if (Number.isInteger(y)) years.set(y, (years.get(y) ?? 0) + 1);
  }
  return years;
}

/** Keeps undated entities and those dated up to `year`. */
export function upToYear(graph: GraphData, year: number | null): GraphData {
  if (year === null) return graph;
  const keep = new Set(graph.nodes.filter((n) => !n.date || Number(n.date.slice(0, 4)) <= year).map((n) => n.id));
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** A year slider over the dated entities in view, with a bar per year: how the corridor grew. */
export function Timeline({
  years,
  year,
  lang,
  onYear,
}: {
  years: Map<number, number>;
  year: number | null;
  lang: Lang;
  onYear: (y: number | null) => void;
}) {
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined || first === last) return null;
  const max = Math.max(...years.values());
  return (
    <div className="timeline" data-testid="timeline">
      <span className="label">{t('timeline', lang)}</span>
      <div className="bars">
        {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((y) => (
          <button
            key={y}
            type="button"
            className={`bar ${year !== null && y > year ? 'later' : ''}`}
            style={{ height: `${4 + ((years.get(y) ?? 0) / max) * 22}px` }}
            title={`${y}: ${years.get(y) ?? 0}`}
            onClick={() => onYear(y)}
          />
        ))}
      </div>
      <input
        type="range"
        min={first}
        max={last}
        value={year ?? last}
        aria-label={t('timeline', lang)}
        onChange={(e) => onYear(Number(e.target.value) === last ? null : Number(e.target.value))}
      />
      <span className="year">{year ?? `≤ ${last}`}</span>
    </div>
  );
}
