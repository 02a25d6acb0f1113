/**
 * Gap analysis as docs/analysis.md defines it. Whole-industry answers come from the result store (results.ts),
 * computed by analyses.ts from one projection per industry revision; supplier gaps are per company and read
 * directly. The rules are pure functions (coverage.ts, score.ts, collaboration.ts, dominators.ts), tested on their
 * own. This service checks the arguments and puts the parts together.
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import { intArg, listArg } from '../../args.js';
import type { SupplyDirection } from '../../db/direction.js';
import { notFound } from '../../errors.js';
import { analyseOffThread } from './analysisThread.js';
import { classifyRow, type CoverageRowResult } from './coverage.js';
import type { FactsAdjustment, GapsStore, SupplierFacts } from './gaps.store.js';
import type { EntityRow } from '../entities/entity.rows.js';
import { namedIds, type CityPairResult, type IndustryAnalyses, type ResilienceResult } from './analyses.js';
import { copyProjection, type IndustryProjection } from './projection.js';
import { INDUSTRY_REVISION } from './results.cypher.js';
import type { AnalysisResults } from './results.js';
import { haversineKm, scoreCandidate, type Reason } from './score.js';

/** The entities an answer names, read with it (see IndustryAnalyses.entities). */
export interface Named {
  entities: Record<string, EntityRow>;
}

export interface CoverageResult extends Named {
  industryId: string;
  cityIds: string[];
  rows: (CoverageRowResult & { segmentId: string })[];
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

export class GapsService {
  constructor(
    private readonly store: GapsStore,
    /** Whole-industry results, computed once per industry revision and shared through Neo4j. */
    private readonly results: AnalysisResults,
  ) {}

  /**
   * The industry's kept analyses (computed when none are current); NOT_FOUND for an unknown industry. `held`: a
   * projection of the industry the caller already read (a scenario's), used instead of reading it again when it is
   * of the revision being computed.
   */
  async analyses(
    industryId: string,
    held?: { revision: string; projection: IndustryProjection },
  ): Promise<IndustryAnalyses> {
    expectIndustryId(industryId);
    const found = await this.stored(industryId, held);
    if (!found) throw notFound('industryId', 'industry', industryId);
    return found;
  }

  /** The industry's analyses at its current revision (computed when none is stored); null: no such industry. */
  private stored(
    industryId: string,
    held?: { revision: string; projection: IndustryProjection },
  ): Promise<IndustryAnalyses | null> {
    return this.results.get(industryId, async (tx) => {
      const current = held && (await tx.run(INDUSTRY_REVISION, { key: industryId }))[0]?.revision === held.revision;
      // The worker takes the typed arrays: a held projection goes as a copy, it stays the caller's.
      const projection = current ? copyProjection(held.projection) : await this.store.projection(tx, industryId);
      const answers = await analyseOffThread(industryId, projection);
      return { ...answers, entities: await this.store.entities(tx, namedIds(answers)) };
    });
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
    const found = labelOfId(industryId) === 'Industry' ? await this.stored(industryId) : null;
    if (!found) return 0;
    return cityId === null ? found.companies.total : (found.companies.byCity[cityId] ?? 0);
  }

  /** `adjust`: a what-if scenario's changes to the company's partners and candidates (modules/scenarios). */
  async supplierGaps(
    companyId: string,
    direction: SupplyDirection | null | undefined,
    first?: number | null,
    adjust?: FactsAdjustment,
  ): Promise<Named & { companyId: string; direction: SupplyDirection; segments: PartnerSegmentResult[] }> {
    const n = intArg('first', first, LIMITS.supplierGaps.first);
    const side = direction ?? 'UPSTREAM';
    const answer = (facts: SupplierFacts) => {
      const ranked = rankCandidates(facts, n);
      const segments: PartnerSegmentResult[] = facts.partners.map((p) => ({
        ownSegmentId: p.ownSegmentId,
        segmentId: p.segmentId,
        partnerIds: p.partnerIds,
        isGap: p.partnerIds.length === 0,
        candidates: p.partnerIds.length === 0 ? (ranked.get(p.segmentId) ?? []) : [],
      }));
      const named = [
        companyId,
        ...segments.flatMap((s) => [
          s.ownSegmentId,
          s.segmentId,
          ...s.partnerIds,
          ...s.candidates.map((c) => c.companyId),
        ]),
      ];
      return { value: segments, named: [...new Set(named)] };
    };
    const found =
      labelOfId(companyId) === 'Company' ? await this.store.supplierFacts(companyId, side, answer, adjust) : null;
    if (!found) throw notFound('companyId', 'company', companyId);
    return { companyId, direction: side, segments: found.value, entities: found.entities };
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

/**
 * Coverage over the chosen cities (the member cities when none are chosen) from an industry's analyses, the
 * real ones or a scenario's.
 */
export function coverageOf(
  industryId: string,
  { coverage, entities }: Pick<IndustryAnalyses, 'coverage' | 'entities'>,
  chosen: readonly string[] | null,
): CoverageResult {
  const unknown = chosen?.find((id) => !coverage.cities.all.includes(id));
  if (unknown) throw notFound('cityIds', 'city', unknown);
  const cities = chosen ? [...chosen] : coverage.cities.members;
  return {
    industryId,
    cityIds: cities,
    entities,
    rows: coverage.rows.map((r) => ({
      segmentId: r.segmentId,
      ...classifyRow(new Map(r.counts.map((c) => [c.cityId, c.n])), cities),
    })),
  };
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
