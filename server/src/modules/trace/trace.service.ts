import type { Executor, TypedTx } from '../../db/executor.js';
import { DomainError, badInput } from '../../errors.js';
import type { GraphNodeRow } from '../neighborhood/graph.rows.js';
import { toSubgraph, type Subgraph } from '../neighborhood/neighborhood.service.js';
import {
  COMPANY_NODES,
  PATH_LIMITS,
  SUPPLIES_BETWEEN,
  TRACE_START,
  TRACE_STEP_DOWN,
  TRACE_STEP_UP,
  shortestPathsQuery,
} from './trace.cypher.js';

export const TRACE_LIMITS = { depthMax: 6, limitMax: 5000, citiesMax: 30 } as const;

export type TraceDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

export interface TraceOptions {
  companyId: string;
  direction: TraceDirection;
  maxDepth: number;
  industryId: string | null;
  cityIds: readonly string[] | null;
  limit: number;
}

export type TraceSubgraph = Subgraph & { nodes: (Subgraph['nodes'][number] & { tier: number | null })[] };

export class TraceService {
  constructor(private readonly executor: Executor) {}

  /**
   * Breadth-first over SUPPLIES, one tier per step, both directions interleaved tier by tier so that `limit`
   * keeps the nearest suppliers and customers alike.
   */
  async trace(options: TraceOptions): Promise<TraceSubgraph> {
    const { maxDepth, limit } = options;
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > TRACE_LIMITS.depthMax) {
      throw badInput('maxDepth', `must be from 1 to ${TRACE_LIMITS.depthMax}`);
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > TRACE_LIMITS.limitMax) {
      throw badInput('limit', `must be from 1 to ${TRACE_LIMITS.limitMax}`);
    }
    if (options.cityIds && options.cityIds.length > TRACE_LIMITS.citiesMax) {
      throw badInput('cityIds', `at most ${TRACE_LIMITS.citiesMax} cities`);
    }
    const filters = {
      industryId: options.industryId,
      cityIds: options.cityIds && options.cityIds.length > 0 ? [...options.cityIds] : null,
    };
    const directions = options.direction === 'BOTH' ? (['UPSTREAM', 'DOWNSTREAM'] as const) : [options.direction];

    return this.executor.readTx('trace', async (tx) => {
      const [start] = await tx.run(TRACE_START, { id: options.companyId });
      if (!start)
        throw new DomainError('NOT_FOUND', `companyId: no company "${options.companyId}"`, { field: 'companyId' });
      const tiers = new Map<string, number>([[start.id, 0]]);
      const nodes: GraphNodeRow[] = [start];
      const seen = [start.eid];
      const frontier = new Map(directions.map((d) => [d, [start.eid]]));
      let truncated = false;
      for (let depth = 1; depth <= maxDepth && !truncated; depth++) {
        for (const direction of directions) {
          const current = frontier.get(direction) ?? [];
          if (current.length === 0) continue;
          const room = limit - nodes.length;
          const found = await step(tx, direction, { frontier: current, seen, cap: room + 1, ...filters });
          if (found.length > room) {
            truncated = true;
            found.length = room;
          }
          for (const n of found) tiers.set(n.id, direction === 'UPSTREAM' ? -depth : depth);
          nodes.push(...found);
          seen.push(...found.map((n) => n.eid));
          frontier.set(
            direction,
            found.map((n) => n.eid),
          );
          if (truncated) break;
        }
      }
      const edges = await tx.run(SUPPLIES_BETWEEN, { eids: seen });
      const graph = toSubgraph(nodes, edges, truncated);
      return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, tier: tiers.get(n.id) ?? null })) };
    });
  }

  async paths(fromId: string, toId: string, maxLength: number, k: number) {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > PATH_LIMITS.maxLength) {
      throw badInput('maxLength', `must be from 1 to ${PATH_LIMITS.maxLength}`);
    }
    if (!Number.isInteger(k) || k < 1 || k > PATH_LIMITS.k) throw badInput('k', `must be from 1 to ${PATH_LIMITS.k}`);
    if (fromId === toId) throw badInput('toId', 'must differ from fromId');
    return this.executor.readTx('paths', async (tx) => {
      const ends = new Set((await tx.run(COMPANY_NODES, { ids: [fromId, toId] })).map((n) => n.id));
      for (const [field, id] of [
        ['fromId', fromId],
        ['toId', toId],
      ] as const) {
        if (!ends.has(id)) throw new DomainError('NOT_FOUND', `${field}: no company "${id}"`, { field });
      }
      const rows = await tx.run(shortestPathsQuery(k, maxLength), { fromId, toId });
      const nodes = await tx.run(COMPANY_NODES, { ids: [...new Set(rows.flatMap((r) => r.nodeIds))] });
      const onPath = new Set(rows.flatMap((r) => r.nodeIds.slice(1).map((id, i) => `${r.nodeIds[i]}>${id}`)));
      const edges = (await tx.run(SUPPLIES_BETWEEN, { eids: nodes.map((n) => n.eid) })).filter((e) =>
        onPath.has(`${e.source}>${e.target}`),
      );
      return {
        paths: rows.map((r) => ({ nodeIds: r.nodeIds, length: r.nodeIds.length - 1 })),
        graph: toSubgraph(nodes, edges, false),
      };
    });
  }
}

function step(
  tx: TypedTx,
  direction: 'UPSTREAM' | 'DOWNSTREAM',
  params: { frontier: string[]; seen: string[]; cap: number; industryId: string | null; cityIds: string[] | null },
) {
  return tx.run(direction === 'UPSTREAM' ? TRACE_STEP_UP : TRACE_STEP_DOWN, params);
}
