/**
 * A company's supplier (or customer) gap facts: its place, its partners per neighbouring segment, and the
 * candidates for the segments where it has none, in one transaction. The whole-industry facts are the analysis
 * engine's (server/src/analysis/).
 */
import type { FactsAdjustment } from '../../analysis/index.js';
import type { SupplyDirection } from '../../db/direction.js';
import type { Executor } from '../../db/executor.js';
import { CANDIDATES, COMPANY_PLACE, PARTNERS, type CandidateRow, type PartnerSegmentRow } from './gaps.cypher.js';

export interface SupplierFacts {
  place: { cityId: string | null; lat: number | null; lng: number | null };
  partners: PartnerSegmentRow[];
  /** Candidates for the segments where the company has no partner. */
  candidates: CandidateRow[];
}

export class GapsStore {
  constructor(private readonly executor: Executor) {}

  /**
   * The company's facts in one transaction; null when the company does not exist. The place and the partners are
   * independent and go out together (the driver pipelines them); the candidates depend on the partners.
   */
  supplierFacts(
    companyId: string,
    direction: SupplyDirection,
    adjust?: FactsAdjustment,
  ): Promise<SupplierFacts | null> {
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
      return { place, partners, candidates: adjust ? adjust.candidates(found, gapSegments) : found };
    });
  }
}
