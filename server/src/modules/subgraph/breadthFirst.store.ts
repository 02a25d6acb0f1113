/**
 * Growing a subgraph tier by tier from one node, inside one read transaction: the neighbourhood (one way, any
 * relationship) and the trace (towards suppliers and/or customers) differ only in their step statement.
 * Nearest tiers come first, and with two ways they alternate tier by tier, so a `limit` that cuts the answer short
 * keeps the closest nodes on every side.
 */
import type { TypedTx } from '../../db/executor.js';
import type { GraphNodeRow } from './subgraph.rows.js';

export interface Way {
  /** Multiplies the depth into the tier: -1 for suppliers, +1 for customers and neighbours. */
  sign: -1 | 1;
  /** The unseen nodes one step from `frontier` (element ids), at most `cap`. */
  step(tx: TypedTx, frontier: string[], seen: string[], cap: number): Promise<GraphNodeRow[]>;
}

export interface Growth {
  nodes: GraphNodeRow[];
  /** Element ids of every node reached, start included: what the edge statement runs over. */
  eids: string[];
  tiers: Map<string, number>;
  truncated: boolean;
}

export async function growFrom(
  tx: TypedTx,
  start: GraphNodeRow,
  ways: readonly Way[],
  maxDepth: number,
  limit: number,
): Promise<Growth> {
  const nodes: GraphNodeRow[] = [start];
  const eids = [start.eid];
  const tiers = new Map<string, number>([[start.id, 0]]);
  const frontiers = ways.map(() => [start.eid]);
  let truncated = false;
  for (let depth = 1; depth <= maxDepth && !truncated; depth++) {
    for (const [i, way] of ways.entries()) {
      const frontier = frontiers[i] ?? [];
      if (frontier.length === 0) continue;
      const room = limit - nodes.length;
      // Ask for one more than fits: if it comes back, the answer was cut short.
      const found = await way.step(tx, frontier, eids, room + 1);
      if (found.length > room) {
        truncated = true;
        found.length = room;
      }
      for (const n of found) tiers.set(n.id, way.sign * depth);
      nodes.push(...found);
      frontiers[i] = found.map((n) => n.eid);
      eids.push(...frontiers[i]);
      if (truncated) break;
    }
  }
  return { nodes, eids, tiers, truncated };
}
