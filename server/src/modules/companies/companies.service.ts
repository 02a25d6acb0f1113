import { LIMITS } from '@g60/graph-schema';
import { intArg, listArg, textArg } from '../../args.js';
import { badInput } from '../../errors.js';
import type { EntityRow } from '../entities/index.js';
import type { CompanyFilterParams } from './companies.cypher.js';
import type { SupplyDirection } from '../../db/direction.js';
import type { CompaniesStore, PartnerLink } from './companies.store.js';

export interface CompanyFilterInput {
  cityIds?: readonly string[] | null;
  industryId?: string | null;
  segmentId?: string | null;
  parkId?: string | null;
  allianceId?: string | null;
  name?: string | null;
  synthetic?: boolean | null;
}

export interface Page<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export type CompanyPage = Page<{ node: EntityRow }>;
export type PartnerPage = Page<PartnerLink>;

/** Cursors are opaque to clients; inside they are the last id seen (keyset pagination: no skips, no repeats). */
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id.startsWith('company:')) throw badInput('after', 'not a cursor returned by this connection');
  return id;
}

/** A page from `first + 1` rows (keyed by company id): the extra row only says that another page follows. */
function pageOf<E extends { node: EntityRow }>(rows: E[], first: number, totalCount: () => Promise<number>): Page<E> {
  const edges = rows.slice(0, first).map((e) => ({ ...e, cursor: encodeCursor(e.node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    // Counting is a second query: run it only when the client asks for totalCount.
    totalCount,
  };
}

/** Counts kept elsewhere: companies of an industry, in all or in one city (the gaps module's stored analyses). */
export type IndustryCompanyCount = (industryId: string, cityId: string | null) => Promise<number>;

export class CompaniesService {
  constructor(
    private readonly store: CompaniesStore,
    private readonly industryCompanyCount?: IndustryCompanyCount,
  ) {}

  /** The filter's total: from the industry's stored counts when it is only an industry and at most one city. */
  private count(params: CompanyFilterParams): Promise<number> {
    const { industryId, cityIds, segmentId, parkId, allianceId, name, synthetic } = params;
    const onlyIndustry = industryId && !segmentId && !parkId && !allianceId && name === null && synthetic === null;
    if (onlyIndustry && this.industryCompanyCount && (cityIds === null || cityIds.length === 1)) {
      return this.industryCompanyCount(industryId, cityIds?.[0] ?? null);
    }
    return this.store.count(params);
  }

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
    return pageOf(
      rows.map((node) => ({ node })),
      n,
      () => this.count(params),
    );
  }

  /**
   * A company's suppliers (UPSTREAM) or customers (DOWNSTREAM), a page at a time; `degree` counts them all. `read`
   * fetches the rows (the request's partner-page loader; the store by default).
   */
  async partners(
    companyId: string,
    direction: SupplyDirection,
    first: number | null | undefined,
    after: string | null | undefined,
    degree: () => Promise<number>,
    read: (after: string | null, first: number) => Promise<PartnerLink[]> = (a, n) =>
      this.store.partners(companyId, direction, a, n),
  ): Promise<PartnerPage> {
    const n = intArg('first', first, LIMITS.companies.partners);
    const rows = await read(after ? decodeCursor(after) : null, n);
    return pageOf(rows, n, degree);
  }
}
