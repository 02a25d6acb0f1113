import { LIMITS } from '@g60/graph-schema';
import { intArg, listArg, textArg } from '../../args.js';
import { badInput } from '../../errors.js';
import type { EntityRow } from '../entities/entity.rows.js';
import type { CompanyFilterParams } from './companies.cypher.js';
import type { CompaniesStore } from './companies.store.js';

export interface CompanyFilterInput {
  cityIds?: readonly string[] | null;
  industryId?: string | null;
  segmentId?: string | null;
  parkId?: string | null;
  allianceId?: string | null;
  name?: string | null;
  synthetic?: boolean | null;
}

export interface CompanyPage {
  edges: { node: EntityRow; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Cursors are opaque to clients; inside they are the last id seen (keyset pagination: no skips, no repeats). */
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id.startsWith('company:')) throw badInput('after', 'not a cursor returned by companies');
  return id;
}

export class CompaniesService {
  constructor(private readonly store: CompaniesStore) {}

  async companies(
    filter: CompanyFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<CompanyPage> {
    const n = intArg('first', first, LIMITS.companies.first);
    const params: CompanyFilterParams = {
      cityIds: listArg('filter.cityIds', filter?.cityIds, LIMITS.companies.cityIds),
      industryId: filter?.industryId ?? null,
      segmentId: filter?.segmentId ?? null,
      parkId: filter?.parkId ?? null,
      allianceId: filter?.allianceId ?? null,
      name: textArg('filter.name', filter?.name, LIMITS.companies.name),
      synthetic: filter?.synthetic ?? null,
    };
    const rows = await this.store.page(params, after ? decodeCursor(after) : null, n);
    const edges = rows.slice(0, n).map((node) => ({ node, cursor: encodeCursor(node.id) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null },
      // Counting is a second query: run it only when the client asks for totalCount.
      totalCount: () => this.store.count(params),
    };
  }
}
