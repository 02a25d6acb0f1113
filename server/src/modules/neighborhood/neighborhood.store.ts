import type { NodeLabel } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { growFrom, type Way } from '../subgraph/index.js';
import { toSubgraph, type Subgraph } from '../subgraph/index.js';
import { EDGES_BETWEEN, NODE_BY_ID } from '../subgraph/index.js';
import { NEIGHBORHOOD_STEP } from './neighborhood.cypher.js';

const ANY_WAY: Way = {
  sign: 1,
  step: (tx, frontier, seen, cap) => tx.run(NEIGHBORHOOD_STEP, { frontier, seen, cap }),
};

export class NeighborhoodStore {
  constructor(private readonly executor: Executor) {}

  /** The neighbourhood in one snapshot; null when the start does not exist. */
  neighborhood(label: NodeLabel, id: string, depth: number, limit: number): Promise<Subgraph | null> {
    return this.executor.readTx('neighborhood', async (tx) => {
      const [start] = await tx.run(NODE_BY_ID[label], { id });
      if (!start) return null;
      const grown = await growFrom(tx, start, [ANY_WAY], depth, limit);
      const edges = await tx.run(EDGES_BETWEEN, { eids: grown.eids });
      return toSubgraph(grown.nodes, edges, grown.truncated);
    });
  }
}
