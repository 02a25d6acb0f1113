import type { Executor } from '../../db/executor.js';
import type { SupplyDirection } from '../../db/direction.js';
import { growFrom, type Way } from '../subgraph/index.js';
import { toSubgraph, type Subgraph } from '../subgraph/index.js';
import { COMPANY_NODES, NODE_BY_ID, SUPPLIES_BETWEEN } from '../subgraph/index.js';
import { TRACE_STEP, shortestPathsQuery } from './trace.cypher.js';

export interface TraceQuery {
  companyId: string;
  directions: readonly SupplyDirection[];
  maxDepth: number;
  industryId: string | null;
  cityIds: string[] | null;
  limit: number;
}

export interface PathsAnswer {
  paths: { nodeIds: string[]; length: number }[];
  graph: Subgraph;
}

export class TraceStore {
  constructor(private readonly executor: Executor) {}

  /** The trace in one snapshot; null when the company does not exist. */
  trace(q: TraceQuery): Promise<Subgraph | null> {
    return this.executor.readTx('trace', async (tx) => {
      const [start] = await tx.run(NODE_BY_ID.Company, { id: q.companyId });
      if (!start) return null;
      const filters = { industryId: q.industryId, cityIds: q.cityIds };
      const ways = q.directions.map((direction): Way => ({
        sign: direction === 'UPSTREAM' ? -1 : 1,
        step: (t, frontier, seen, cap) => t.run(TRACE_STEP[direction], { frontier, seen, cap, ...filters }),
      }));
      const grown = await growFrom(tx, start, ways, q.maxDepth, q.limit);
      const edges = await tx.run(SUPPLIES_BETWEEN, { eids: grown.eids });
      return toSubgraph(grown.nodes, edges, grown.truncated, (id) => grown.tiers.get(id) ?? null);
    });
  }

  /** Which of the ids are companies. */
  async existingCompanies(ids: string[]): Promise<Set<string>> {
    return new Set((await this.executor.read(COMPANY_NODES, { ids })).map((n) => n.id));
  }

  /** The k shortest supply paths and the subgraph of their companies and links, in one snapshot. */
  paths(fromId: string, toId: string, maxLength: number, k: number): Promise<PathsAnswer> {
    return this.executor.readTx('paths', async (tx) => {
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
