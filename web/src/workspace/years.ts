import type { GraphData } from '../graph/toElements';

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
