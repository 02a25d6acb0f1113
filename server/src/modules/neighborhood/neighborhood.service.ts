import { labelOfId } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { DomainError, badInput } from '../../errors.js';
import { kindOf } from '../entities/entity.rows.js';
import type { GraphEdgeRow, GraphNodeRow } from './graph.rows.js';
import { EDGES_BETWEEN, NEIGHBORHOOD_START, NEIGHBORHOOD_STEP } from './neighborhood.cypher.js';

export const NEIGHBORHOOD_LIMITS = { depthMax: 3, limitMax: 5000 } as const;

export interface Subgraph {
  nodes: {
    id: string;
    kind: ReturnType<typeof kindOf>;
    label: string;
    labelEn: string | null;
    cityId: string | null;
    synthetic: boolean;
    date: string | null;
  }[];
  edges: { id: string; kind: string; source: string; target: string }[];
  truncated: boolean;
}

export function toSubgraph(nodes: GraphNodeRow[], edges: GraphEdgeRow[], truncated: boolean): Subgraph {
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: kindOf(n.label),
      label: n.nameZh,
      labelEn: n.nameEn,
      cityId: n.cityId,
      synthetic: n.synthetic,
      date: n.date,
    })),
    edges: edges.map((e) => ({ id: `${e.source}-${e.kind}-${e.target}`, ...e })),
    truncated,
  };
}

export class NeighborhoodService {
  constructor(private readonly executor: Executor) {}

  /** Breadth-first, nearest first, so a hub cut short by `limit` still shows its closest neighbours. */
  async neighborhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    if (!Number.isInteger(depth) || depth < 1 || depth > NEIGHBORHOOD_LIMITS.depthMax) {
      throw badInput('depth', `must be from 1 to ${NEIGHBORHOOD_LIMITS.depthMax}`);
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > NEIGHBORHOOD_LIMITS.limitMax) {
      throw badInput('limit', `must be from 1 to ${NEIGHBORHOOD_LIMITS.limitMax}`);
    }
    const label = labelOfId(id);
    if (!label) throw new DomainError('NOT_FOUND', `id: no entity "${id}"`, { field: 'id' });

    return this.executor.readTx('neighborhood', async (tx) => {
      const [start] = await tx.run(NEIGHBORHOOD_START[label], { id });
      if (!start) throw new DomainError('NOT_FOUND', `id: no entity "${id}"`, { field: 'id' });
      const nodes: GraphNodeRow[] = [start];
      const seen = [start.eid];
      let frontier = [start.eid];
      let truncated = false;
      for (let level = 1; level <= depth && frontier.length > 0; level++) {
        const room = limit - nodes.length;
        // Ask for one more than fits: if it comes back, the answer was cut short.
        const found = await tx.run(NEIGHBORHOOD_STEP, { frontier, seen, cap: room + 1 });
        if (found.length > room) {
          truncated = true;
          found.length = room;
        }
        nodes.push(...found);
        frontier = found.map((n) => n.eid);
        seen.push(...frontier);
        if (truncated) break;
      }
      const edges = await tx.run(EDGES_BETWEEN, { eids: seen });
      return toSubgraph(nodes, edges, truncated);
    });
  }
}
