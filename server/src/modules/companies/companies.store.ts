import type { Executor } from '../../db/executor.js';
import { toEntity, type EntityRow } from '../entities/index.js';
import type { NodeLabel } from '@g60/graph-schema';
import type { SupplyDirection } from '../../db/direction.js';
import {
  COMPANIES_COUNT,
  COMPANIES_PAGE,
  COMPANIES_PROBE,
  COMPANY_CARDS,
  PARTNERS_PAGE,
  PROBE_WINDOW,
  SUPPLY_DEGREE,
  type Anchor,
  type CompanyFilterParams,
} from './companies.cypher.js';

export interface PartnerLink {
  node: EntityRow;
  product: string | null;
  since: string | null;
  /** The partner's city, read with it. */
  city: EntityRow | null;
}

export interface CompanyCard {
  company: EntityRow;
  city: EntityRow | null;
  segments: EntityRow[];
  memberships: { entity: EntityRow; role: string | null }[];
  degree: { suppliers: number; customers: number };
}

const asEntity = (label: NodeLabel, props: Record<string, unknown>) => toEntity({ label, props });

/** A filter that keeps at most a few thousand companies: a page starts from its node. */
function narrowAnchor(filter: CompanyFilterParams): Anchor | null {
  if (filter.segmentId) return 'Segment';
  if (filter.parkId) return 'Park';
  if (filter.allianceId) return 'Alliance';
  return null;
}

/** Where a sparse page starts when the probe did not fill it. */
function broadAnchor(filter: CompanyFilterParams): Anchor {
  if (filter.industryId) return 'Industry';
  if (filter.cityIds) return 'City';
  return 'Index';
}

export class CompaniesStore {
  constructor(private readonly executor: Executor) {}

  /**
   * Up to `first + 1` companies after the `after` id: the extra one says whether a next page exists. Where the
   * page starts is chosen as companies.cypher.ts explains (`ANCHORS`).
   */
  async page(filter: CompanyFilterParams, after: string | null, first: number): Promise<EntityRow[]> {
    const params = { ...filter, after, first };
    const narrow = narrowAnchor(filter);
    const rows = await this.executor.readTx('companies.page', async (tx) => {
      if (narrow) return tx.run(COMPANIES_PAGE[narrow], params);
      const probe = await tx.run(COMPANIES_PROBE, { ...params, window: PROBE_WINDOW });
      if (probe.length > first) return probe;
      return tx.run(COMPANIES_PAGE[broadAnchor(filter)], params);
    });
    return rows.map(toEntity);
  }

  async count(filter: CompanyFilterParams): Promise<number> {
    const anchor = narrowAnchor(filter) ?? broadAnchor(filter);
    return (await this.executor.read(COMPANIES_COUNT[anchor], { ...filter, after: null }))[0]?.n ?? 0;
  }

  /** Up to `first + 1` suppliers (UPSTREAM) or customers (DOWNSTREAM) after the partner id `after`. */
  async partners(
    companyId: string,
    direction: SupplyDirection,
    after: string | null,
    first: number,
  ): Promise<PartnerLink[]> {
    const rows = await this.executor.read(PARTNERS_PAGE[direction], { companyId, after, first });
    return rows.map((r) => ({
      node: toEntity(r),
      product: r.product,
      since: r.since,
      city: r.city ? asEntity('City', r.city) : null,
    }));
  }

  /** Cards of the companies, in the order asked (null where none). */
  async cards(ids: readonly string[]): Promise<(CompanyCard | null)[]> {
    const rows = await this.executor.read(COMPANY_CARDS, { ids: [...ids] });
    const byId = new Map(
      rows.map((r) => {
        const company = asEntity('Company', r.props);
        const card: CompanyCard = {
          company,
          city: r.city ? asEntity('City', r.city) : null,
          segments: r.segments.map((p) => asEntity('Segment', p)),
          memberships: r.memberships.map((m) => ({ entity: asEntity('Alliance', m.props), role: m.role })),
          degree: { suppliers: r.suppliers, customers: r.customers },
        };
        return [company.id, card] as const;
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** How many companies supply each company and how many it supplies, in the order asked. */
  async supplyDegrees(ids: readonly string[]): Promise<{ suppliers: number; customers: number }[]> {
    const rows = await this.executor.read(SUPPLY_DEGREE, { ids: [...ids] });
    const degrees = new Map(rows.map((r) => [r.id, { suppliers: r.suppliers, customers: r.customers }]));
    return ids.map((id) => degrees.get(id) ?? { suppliers: 0, customers: 0 });
  }
}
