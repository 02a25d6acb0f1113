/**
 * The facts the gap rules are computed from. The whole-industry facts are read inside the one transaction the
 * result store opens per computation (results.ts), so that each set is read against one revision of the industry.
 * The rules themselves live in coverage.ts, score.ts, collaboration.ts and dominators.ts.
 */
import type { SupplyDirection } from '../../db/direction.js';
import type { Executor, TypedTx } from '../../db/executor.js';
import {
  CANDIDATES,
  CITIES,
  COMPANY_PLACE,
  INDUSTRY_FEEDS,
  INDUSTRY_PROJECTION,
  INDUSTRY_SEGMENTS,
  PARTNERS,
  type CandidateRow,
  type PartnerSegmentRow,
} from './gaps.cypher.js';
import type { CityList } from './facts.js';
import { projectIndustry, type IndustryProjection } from './projection.js';
import { readEntities } from '../entities/entities.store.js';
import type { EntityRow } from '../entities/entity.rows.js';

export interface SupplierFacts {
  place: { cityId: string | null; lat: number | null; lng: number | null };
  partners: PartnerSegmentRow[];
  /** Candidates for the segments where the company has no partner. */
  candidates: CandidateRow[];
}

/** How a what-if scenario changes a company's facts (modules/scenarios): its partners, and the candidates. */
export interface FactsAdjustment {
  partners(rows: PartnerSegmentRow[]): PartnerSegmentRow[];
  candidates(rows: CandidateRow[], segmentIds: string[]): CandidateRow[];
}

export class GapsStore {
  constructor(private readonly executor: Executor) {}

  /** The industry's projection (projection.ts), read in the caller's transaction. */
  async projection(tx: TypedTx, industryId: string): Promise<IndustryProjection> {
    const cities = await this.cities(tx);
    const segments = await tx.run(INDUSTRY_SEGMENTS, { industryId });
    const feeds = await tx.run(INDUSTRY_FEEDS, { industryId });
    const rows = await tx.run(INDUSTRY_PROJECTION, { industryId });
    return projectIndustry(segments, feeds, cities, rows);
  }

  /** Entities by id, read in the caller's transaction (one statement per label, on its id index). */
  async entities(tx: TypedTx, ids: readonly string[]): Promise<Record<string, EntityRow>> {
    return Object.fromEntries(await readEntities((query, params) => tx.run(query, params), ids));
  }

  async cities(tx: TypedTx): Promise<CityList> {
    const rows = await tx.run(CITIES, {});
    return { all: rows.map((r) => r.id), members: rows.filter((r) => r.member).map((r) => r.id) };
  }

  /**
   * The facts, and the entities `answer` names from them, in one transaction: null when the company does not
   * exist. The place and the partners are independent and go out together (the driver pipelines them); the
   * candidates depend on the partners; the entities on the answer.
   */
  supplierFacts<T>(
    companyId: string,
    direction: SupplyDirection,
    answer: (facts: SupplierFacts) => { value: T; named: string[] },
    adjust?: FactsAdjustment,
  ): Promise<{ value: T; entities: Record<string, EntityRow> } | null> {
    return this.executor.readTx('supplierGaps', async (tx) => {
      const [[place], read] = await Promise.all([
        tx.run(COMPANY_PLACE, { companyId }),
        tx.run(PARTNERS[direction], { companyId }),
      ]);
      if (!place) return null;
      const partners = adjust ? adjust.partners(read) : read;
      const gapSegments = [...new Set(partners.filter((p) => p.partnerIds.length === 0).map((p) => p.segmentId))];
      const found =
        gapSegments.length === 0 ? [] : await tx.run(CANDIDATES[direction], { companyId, segmentIds: gapSegments });
      const candidates = adjust ? adjust.candidates(found, gapSegments) : found;
      const { value, named } = answer({ place, partners, candidates });
      return { value, entities: await this.entities(tx, named) };
    });
  }
}
