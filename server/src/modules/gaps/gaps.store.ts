/**
 * The facts the gap rules are computed from, each set read in one transaction so that it is one consistent
 * snapshot of the graph. The rules themselves live in coverage.ts, score.ts and dominators.ts.
 */
import type { Executor } from '../../db/executor.js';
import type { SupplyDirection } from '../../db/direction.js';
import {
  ACTUAL_CITY_LINKS,
  CANDIDATES,
  COMPANY_PLACE,
  EXISTING_CITIES,
  EXISTING_LINKS,
  INDUSTRY_COMPANIES,
  INDUSTRY_EXISTS,
  INDUSTRY_FEEDS,
  INDUSTRY_SUPPLIES,
  MEMBER_CITY_IDS,
  PARTNERS,
  SEGMENT_CITY_COUNTS,
  TOP_COMPANIES,
  type CandidateRow,
  type PartnerSegmentRow,
} from './gaps.cypher.js';

/** Company counts per segment (in chain order) and city. */
export type SegmentCounts = { segmentId: string; counts: { cityId: string; n: number }[] }[];

export interface SupplierFacts {
  place: { cityId: string | null; lat: number | null; lng: number | null };
  partners: PartnerSegmentRow[];
  /** Candidates for the segments where the company has no partner. */
  candidates: CandidateRow[];
}

export interface CollaborationFacts {
  feeds: { from: string; to: string }[];
  counts: SegmentCounts;
  actual: { from: string; to: string; n: number }[];
  /** Per (segment, city): the best-connected suppliers and customers. */
  top: { segmentId: string; cityId: string; suppliers: string[]; customers: string[] }[];
}

export interface ResilienceFacts {
  counts: SegmentCounts;
  companies: { id: string; stages: string[] }[];
  supplies: { from: string; to: string }[];
}

export class GapsStore {
  constructor(private readonly executor: Executor) {}

  async memberCityIds(): Promise<string[]> {
    return (await this.executor.read(MEMBER_CITY_IDS, {})).map((r) => r.id);
  }

  /** Which of the ids are cities. */
  async existingCities(ids: string[]): Promise<Set<string>> {
    return new Set((await this.executor.read(EXISTING_CITIES, { ids })).map((r) => r.id));
  }

  async industryExists(industryId: string): Promise<boolean> {
    return (await this.executor.read(INDUSTRY_EXISTS, { industryId }))[0]?.exists ?? false;
  }

  segmentCityCounts(industryId: string, cityIds: string[]): Promise<SegmentCounts> {
    return this.executor.read(SEGMENT_CITY_COUNTS, { industryId, cityIds });
  }

  /** Null when the company does not exist. */
  supplierFacts(companyId: string, direction: SupplyDirection): Promise<SupplierFacts | null> {
    return this.executor.readTx('supplierGaps', async (tx) => {
      const [place] = await tx.run(COMPANY_PLACE, { companyId });
      if (!place) return null;
      const partners = await tx.run(PARTNERS[direction], { companyId });
      const gapSegments = [...new Set(partners.filter((p) => p.partnerIds.length === 0).map((p) => p.segmentId))];
      const candidates =
        gapSegments.length === 0 ? [] : await tx.run(CANDIDATES[direction], { companyId, segmentIds: gapSegments });
      return { place, partners, candidates };
    });
  }

  collaborationFacts(industryId: string, cityIds: string[], top: number): Promise<CollaborationFacts> {
    return this.executor.readTx('collaborationGaps', async (tx) => ({
      feeds: await tx.run(INDUSTRY_FEEDS, { industryId }),
      counts: await tx.run(SEGMENT_CITY_COUNTS, { industryId, cityIds }),
      actual: await tx.run(ACTUAL_CITY_LINKS, { industryId }),
      top: await tx.run(TOP_COMPANIES, { industryId, top }),
    }));
  }

  /** Which of the (supplier, customer) pairs are already linked, as `a>b` keys. */
  async existingLinks(pairs: { a: string; b: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    return new Set((await this.executor.read(EXISTING_LINKS, { pairs })).map((r) => `${r.a}>${r.b}`));
  }

  resilienceFacts(industryId: string, cityIds: string[]): Promise<ResilienceFacts> {
    return this.executor.readTx('resilience', async (tx) => ({
      counts: await tx.run(SEGMENT_CITY_COUNTS, { industryId, cityIds }),
      companies: await tx.run(INDUSTRY_COMPANIES, { industryId }),
      supplies: await tx.run(INDUSTRY_SUPPLIES, { industryId }),
    }));
  }
}
