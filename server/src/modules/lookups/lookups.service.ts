import type { Executor } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import { toEntity, type EntityRow } from '../entities/entity.rows.js';
import { COMPANIES_COUNT, COMPANIES_PAGE, type CompanyFilterParams } from './companies.cypher.js';
import { ALL_AGREEMENTS, ALL_ALLIANCES, ALL_INDUSTRIES, ALL_PARKS, ALL_PROJECTS } from './related.cypher.js';

export const PAGE_LIMITS = { firstMax: 500, nameMax: 100, citiesMax: 30 } as const;

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

export class LookupsService {
  constructor(private readonly executor: Executor) {}

  industries = async () => (await this.executor.read(ALL_INDUSTRIES, {})).map(toEntity);
  alliances = async () => (await this.executor.read(ALL_ALLIANCES, {})).map(toEntity);
  parks = async () => (await this.executor.read(ALL_PARKS, {})).map(toEntity);
  projects = async () => (await this.executor.read(ALL_PROJECTS, {})).map(toEntity);
  agreements = async () => (await this.executor.read(ALL_AGREEMENTS, {})).map(toEntity);

  async companies(
    filter: CompanyFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<CompanyPage> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_LIMITS.firstMax) {
      throw badInput('first', `must be from 1 to ${PAGE_LIMITS.firstMax}`);
    }
    const name = filter?.name?.trim() || null;
    if (name && name.length > PAGE_LIMITS.nameMax)
      throw badInput('filter.name', `at most ${PAGE_LIMITS.nameMax} characters`);
    if (filter?.cityIds && filter.cityIds.length > PAGE_LIMITS.citiesMax) {
      throw badInput('filter.cityIds', `at most ${PAGE_LIMITS.citiesMax} cities`);
    }
    const params: CompanyFilterParams = {
      cityIds: filter?.cityIds && filter.cityIds.length > 0 ? [...filter.cityIds] : null,
      industryId: filter?.industryId ?? null,
      segmentId: filter?.segmentId ?? null,
      parkId: filter?.parkId ?? null,
      allianceId: filter?.allianceId ?? null,
      name,
      synthetic: filter?.synthetic ?? null,
    };
    const rows = await this.executor.read(COMPANIES_PAGE, {
      ...params,
      after: after ? decodeCursor(after) : null,
      first,
    });
    const page = rows.slice(0, first).map(toEntity);
    const edges = page.map((node) => ({ node, cursor: encodeCursor(node.id) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      // Counting is a second query: run it only when the client asks for totalCount.
      totalCount: async () => (await this.executor.read(COMPANIES_COUNT, params))[0]?.n ?? 0,
    };
  }
}
