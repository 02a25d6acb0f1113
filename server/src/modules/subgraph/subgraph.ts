/**
 * The shape of every graph-shaped answer (`Subgraph` in the SDL): nodes and edges ready for Cytoscape. The
 * neighbourhood, trace and paths queries all build theirs here from the rows of `subgraph.rows.ts`.
 */
import { kindOf } from '../entities/index.js';
import type { GraphEdgeRow, GraphNodeRow } from './subgraph.rows.js';

export interface SubgraphNode {
  id: string;
  kind: ReturnType<typeof kindOf>;
  label: string;
  labelEn: string | null;
  cityId: string | null;
  synthetic: boolean;
  date: string | null;
  /** Trace tier (0 start, negative suppliers, positive customers); null outside a trace. */
  tier: number | null;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: { id: string; kind: string; source: string; target: string }[];
  truncated: boolean;
}

export function toSubgraph(
  nodes: readonly GraphNodeRow[],
  edges: readonly GraphEdgeRow[],
  truncated: boolean,
  tierOf: (id: string) => number | null = () => null,
): Subgraph {
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: kindOf(n.label),
      label: n.nameZh,
      labelEn: n.nameEn,
      cityId: n.cityId,
      synthetic: n.synthetic,
      date: n.date,
      tier: tierOf(n.id),
    })),
    edges: edges.map((e) => ({ id: `${e.source}-${e.kind}-${e.target}`, ...e })),
    truncated,
  };
}
