/**
 * Gap analysis as docs/analysis.md defines it. Whole-industry answers come from the analysis engine
 * (server/src/analysis/), kept per industry revision; supplier gaps are per company and read directly, ranked by
 * the engine's documented score. This service checks the arguments and puts the parts together.
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import {
  coverageOf,
  haversineKm,
  scoreCandidate,
  type AnalysisEngine,
  type CityPairResult,
  type CoverageResult,
  type FactsAdjustment,
  type IndustryAnalyses,
  type Reason,
  type ResilienceResult,
} from '../../analysis/index.js';
import { intArg, listArg } from '../../args.js';
import type { SupplyDirection } from '../../db/direction.js';
import { notFound } from '../../errors.js';
import type { EntityRow } from '../entities/index.js';
import type { GapsStore, SupplierFacts } from './gaps.store.js';

/** The entities an answer names, read with it (see IndustryAnalyses.entities). */
export interface Named {
  entities: Record<string, EntityRow>;
}

export interface Candidate {
  companyId: string;
  score: number;
  reasons: Reason[];
  distanceKm: number | null;
}

export interface PartnerSegmentResult {
  ownSegmentId: string;
  segmentId: string;
  partnerIds: string[];
  isGap: boolean;
  candidates: Candidate[];
}

export interface SupplierGapsResult extends Named {
  companyId: string;
  direction: SupplyDirection;
  segments: PartnerSegmentResult[];
}

export class GapsService {
  constructor(
    private readonly store: GapsStore,
    /** Whole-industry results, computed once per industry revision and shared through Neo4j. */
    private readonly engine: AnalysisEngine,
  ) {}

  /** The industry's kept analyses (computed when none are current); NOT_FOUND for an unknown industry. */
  async analyses(industryId: string): Promise<IndustryAnalyses> {
    expectIndustryId(industryId);
    const found = await this.engine.analyses(industryId);
    if (!found) throw notFound('industryId', 'industry', industryId);
    return found.value;
  }

  async chainCoverage(industryId: string, cityIds: readonly string[] | null | undefined): Promise<CoverageResult> {
    const chosen = listArg('cityIds', cityIds, LIMITS.chainCoverage.cityIds);
    return coverageOf(industryId, await this.analyses(industryId), chosen);
  }

  /**
   * How many companies operate in the industry (in the one city, when given), from the stored analyses: what a
   * company list filtered by industry counts, without counting tens of thousands of rows again.
   */
  async companyCount(industryId: string, cityId: string | null): Promise<number> {
    // No such industry: no company operates in it (a filter, unlike an analysis, is not an error to ask).
    const found = labelOfId(industryId) === 'Industry' ? await this.engine.analyses(industryId) : null;
    if (!found) return 0;
    const { companies } = found.value;
    return cityId === null ? companies.total : (companies.byCity[cityId] ?? 0);
  }

  /**
   * The company's supplier (UPSTREAM) or customer (DOWNSTREAM) gaps with ranked candidates. `adjust`: a what-if
   * scenario's changes to its partners and candidates (modules/scenarios).
   */
  async supplierGaps(
    companyId: string,
    direction: SupplyDirection | null | undefined,
    first?: number | null,
    adjust?: FactsAdjustment,
  ): Promise<SupplierGapsResult> {
    const n = intArg('first', first, LIMITS.supplierGaps.first);
    const side = direction ?? 'UPSTREAM';
    const facts = labelOfId(companyId) === 'Company' ? await this.store.supplierFacts(companyId, side, adjust) : null;
    if (!facts) throw notFound('companyId', 'company', companyId);
    const ranked = rankCandidates(facts, n);
    const segments: PartnerSegmentResult[] = facts.partners.map((p) => ({
      ownSegmentId: p.ownSegmentId,
      segmentId: p.segmentId,
      partnerIds: p.partnerIds,
      isGap: p.partnerIds.length === 0,
      candidates: p.partnerIds.length === 0 ? (ranked.get(p.segmentId) ?? []) : [],
    }));
    // Named entities are read by the request's entity loader, in one batch.
    return { companyId, direction: side, segments, entities: {} };
  }

  async collaborationGaps(industryId: string, first?: number | null): Promise<Named & { pairs: CityPairResult[] }> {
    const n = intArg('first', first, LIMITS.collaborationGaps.first);
    const { collaboration, entities } = await this.analyses(industryId);
    return { pairs: collaboration.slice(0, n), entities };
  }

  async resilience(industryId: string): Promise<Named & ResilienceResult> {
    const { resilience, entities } = await this.analyses(industryId);
    return { ...resilience, entities };
  }
}

/** An id of another kind cannot name an industry: NOT_FOUND before any query. */
export function expectIndustryId(id: string): void {
  if (labelOfId(id) !== 'Industry') throw notFound('industryId', 'industry', id);
}

/** Candidates per gap segment, scored and ranked (best first, ties by id), at most `first` each. */
function rankCandidates({ place, candidates }: SupplierFacts, first: number): Map<string, Candidate[]> {
  const bySegment = new Map<string, Candidate[]>();
  for (const row of candidates) {
    const distanceKm =
      place.lat !== null && place.lng !== null
        ? Math.round(haversineKm({ lat: place.lat, lng: place.lng }, row) * 10) / 10
        : null;
    const { score, reasons } = scoreCandidate({
      sharedAlliances: row.sharedAlliances,
      sharedParks: row.sharedParks,
      sameCity: row.cityId === place.cityId,
      distanceKm,
      trackRecord: row.trackRecord,
    });
    const list = bySegment.get(row.segmentId) ?? [];
    list.push({ companyId: row.id, score, reasons, distanceKm });
    bySegment.set(row.segmentId, list);
  }
  for (const [segment, list] of bySegment) {
    bySegment.set(
      segment,
      list.sort((a, b) => b.score - a.score || a.companyId.localeCompare(b.companyId)).slice(0, first),
    );
  }
  return bySegment;
}
