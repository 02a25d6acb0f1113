import type { ElementDefinition } from 'cytoscape';
import { localName, type Lang } from '../i18n';
import { cityColor } from './palette';

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  labelEn?: string | null;
  cityId?: string | null;
  synthetic: boolean;
  tier?: number | null;
  date?: string | null;
}
export interface GraphEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
}
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Pure: API subgraph → Cytoscape element definitions. Colour is data so the stylesheet stays static. */
export function toElements(graph: GraphData, lang: Lang = 'zh'): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      kind: n.kind,
      label: localName(lang, n.label, n.labelEn),
      cityId: n.cityId ?? null,
      color: cityColor(n.cityId),
      tier: n.tier ?? null,
    },
    classes: [n.kind.toLowerCase(), n.synthetic ? 'synthetic' : 'curated'].join(' '),
  }));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind },
      classes: e.kind.toLowerCase(),
    }));
  return [...nodes, ...edges];
}

/** Merge two graphs by id (expansion adds, never duplicates). */
export function mergeGraphs(a: GraphData, b: GraphData): GraphData {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  b.nodes.forEach((n) => nodes.set(n.id, n));
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  b.edges.forEach((e) => edges.set(e.id, e));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
