import { LIMITS } from '@g60/graph-schema';
import { intArg, listArg } from '../../args.js';
import { SUPPLY_DIRECTIONS, type SupplyDirection } from '../../db/direction.js';
import { badInput, notFound } from '../../errors.js';
import type { Subgraph } from '../subgraph/index.js';
import type { PathsAnswer, TraceStore } from './trace.store.js';

export type TraceDirection = SupplyDirection | 'BOTH';

export interface TraceArgs {
  companyId: string;
  direction?: TraceDirection | null;
  maxDepth?: number | null;
  industryId?: string | null;
  cityIds?: readonly string[] | null;
  limit?: number | null;
}

export class TraceService {
  constructor(private readonly store: TraceStore) {}

  /**
   * Breadth-first over SUPPLIES, one tier per step; with BOTH the two directions alternate tier by tier so that
   * `limit` keeps the nearest suppliers and customers alike.
   */
  async trace(args: TraceArgs): Promise<Subgraph> {
    const direction = args.direction ?? 'DOWNSTREAM';
    const graph = await this.store.trace({
      companyId: args.companyId,
      directions: direction === 'BOTH' ? SUPPLY_DIRECTIONS : [direction],
      maxDepth: intArg('maxDepth', args.maxDepth, LIMITS.trace.maxDepth),
      limit: intArg('limit', args.limit, LIMITS.trace.limit),
      industryId: args.industryId ?? null,
      cityIds: listArg('cityIds', args.cityIds, LIMITS.trace.cityIds),
    });
    if (!graph) throw notFound('companyId', 'company', args.companyId);
    return graph;
  }

  async paths(fromId: string, toId: string, maxLength?: number | null, k?: number | null): Promise<PathsAnswer> {
    const length = intArg('maxLength', maxLength, LIMITS.paths.maxLength);
    const count = intArg('k', k, LIMITS.paths.k);
    if (fromId === toId) throw badInput('toId', 'must differ from fromId');
    const found = await this.store.existingCompanies([fromId, toId]);
    if (!found.has(fromId)) throw notFound('fromId', 'company', fromId);
    if (!found.has(toId)) throw notFound('toId', 'company', toId);
    return this.store.paths(fromId, toId, length, count);
  }
}
