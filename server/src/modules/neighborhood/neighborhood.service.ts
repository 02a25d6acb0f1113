import { LIMITS, labelOfId } from '@g60/graph-schema';
import { intArg } from '../../args.js';
import { notFound } from '../../errors.js';
import type { Subgraph } from '../subgraph/index.js';
import type { NeighborhoodStore } from './neighborhood.store.js';

export class NeighborhoodService {
  constructor(private readonly store: NeighborhoodStore) {}

  /** Breadth-first, nearest first, so a hub cut short by `limit` still shows its closest neighbours. */
  async neighborhood(id: string, depth?: number | null, limit?: number | null): Promise<Subgraph> {
    const d = intArg('depth', depth, LIMITS.neighborhood.depth);
    const n = intArg('limit', limit, LIMITS.neighborhood.limit);
    const label = labelOfId(id);
    const graph = label ? await this.store.neighborhood(label, id, d, n) : null;
    if (!graph) throw notFound('id', 'entity', id);
    return graph;
  }
}
