/**
 * Gap analysis as docs/analysis.md defines it. The store gathers counts and facts; the rules (statuses, scores,
 * pairs, dominators) are pure functions in coverage.ts, score.ts, collaboration.ts and dominators.ts, tested on
 * their own. This service checks the arguments and puts the two together.
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import type { Gate } from '../../admission.js';
import { intArg, listArg } from '../../args.js';
import type { SupplyDirection } from '../../db/direction.js';
import { notFound } from '../../errors.js';
import { bestUnlinked, proposePairs, rankCityPairs, type CityPair, type UnlinkedPair } from './collaboration.js';
import { classifyRow, type CoverageRowResult } from './coverage.js';
import { findCutCompanies } from './dominators.js';
import type { GapsStore, SegmentCounts, SupplierFacts } from './gaps.store.js';
import { haversineKm, scoreCandidate, type Reason } from './score.js';

export interface CoverageResult {
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

export type CityPairResult = CityPair & { bestUnlinked: UnlinkedPair[] };

export interface ResilienceResult {
  industryId: string;
  singleSourceSegmentIds: string[];
  missingSegmentIds: string[];
  cutCompanies: { companyId: string; stranded: number }[];
  connectedDownstream: number;
}

/** How many of the best-connected companies per (segment, city) the pair proposals are drawn from. */
const PROPOSAL_POOL = 3;

export class GapsService {
  constructor(
    private readonly store: GapsStore,
    /** Admits the whole-industry analyses a few at a time (see admission.ts). */
    private readonly gate: Gate,
  ) {}

  /** An industry without a chain template is a valid, empty answer; an id that names no industry is NOT_FOUND. */
  private async checkIndustry(industryId: string, hasRows: boolean): Promise<void> {
    if (!hasRows && !(await this.store.industryExists(industryId)))
      throw notFound('industryId', 'industry', industryId);
  }

  async chainCoverage(industryId: string, cityIds: readonly string[] | null | undefined): Promise<CoverageResult> {
    const chosen = listArg('cityIds', cityIds, LIMITS.chainCoverage.cityIds);
    expectIndustryId(industryId);
    if (chosen) {
      const found = await this.store.existingCities(chosen);
      const unknown = chosen.find((id) => !found.has(id));
      if (unknown) throw notFound('cityIds', 'city', unknown);
    }
    const cities = chosen ?? (await this.store.memberCityIds());
    const rows = await this.store.segmentCityCounts(industryId, cities);
    await this.checkIndustry(industryId, rows.length > 0);
    return {
      industryId,
      cityIds: cities,
      rows: rows.map((r) => ({
        segmentId: r.segmentId,
        ...classifyRow(new Map(r.counts.map((c) => [c.cityId, c.n])), cities),
      })),
    };
  }

  async supplierGaps(companyId: string, direction: SupplyDirection | null | undefined, first?: number | null) {
    const n = intArg('first', first, LIMITS.supplierGaps.first);
    const side = direction ?? 'UPSTREAM';
    const facts = labelOfId(companyId) === 'Company' ? await this.store.supplierFacts(companyId, side) : null;
    if (!facts) throw notFound('companyId', 'company', companyId);
    const ranked = rankCandidates(facts, n);
    const segments: PartnerSegmentResult[] = facts.partners.map((p) => ({
      ownSegmentId: p.ownSegmentId,
      segmentId: p.segmentId,
      partnerIds: p.partnerIds,
      isGap: p.partnerIds.length === 0,
      candidates: p.partnerIds.length === 0 ? (ranked.get(p.segmentId) ?? []) : [],
    }));
    return { companyId, direction: side, segments };
  }

  async collaborationGaps(industryId: string, first?: number | null): Promise<CityPairResult[]> {
    const n = intArg('first', first, LIMITS.collaborationGaps.first);
    expectIndustryId(industryId);
    const cities = await this.store.memberCityIds();
    const facts = await this.gate.run(() => this.store.collaborationFacts(industryId, cities, PROPOSAL_POOL));
    await this.checkIndustry(industryId, facts.feeds.length > 0);
    const chosen = rankCityPairs(facts, cities).slice(0, n);
    const proposals = chosen.map((pair) => proposePairs(pair, facts));
    const linked = await this.store.existingLinks(proposals.flat().map((p) => ({ a: p.supplierId, b: p.customerId })));
    return chosen.map((pair, i) => ({
      ...pair,
      bestUnlinked: bestUnlinked(proposals[i] ?? [], linked, LIMITS.collaborationGaps.bestUnlinked.max),
    }));
  }

  async resilience(industryId: string): Promise<ResilienceResult> {
    expectIndustryId(industryId);
    const cities = await this.store.memberCityIds();
    const facts = await this.gate.run(() => this.store.resilienceFacts(industryId, cities));
    await this.checkIndustry(industryId, facts.counts.length > 0);
    const totals = segmentTotals(facts.counts);
    const { stranded, connectedSinks } = findCutCompanies({
      sources: facts.companies.filter((c) => c.stages.includes('UPSTREAM')).map((c) => c.id),
      sinks: facts.companies.filter((c) => c.stages.includes('DOWNSTREAM')).map((c) => c.id),
      edges: facts.supplies.map((e) => [e.from, e.to] as const),
    });
    return {
      industryId,
      singleSourceSegmentIds: totals.filter((t) => t.total === 1).map((t) => t.id),
      missingSegmentIds: totals.filter((t) => t.total === 0).map((t) => t.id),
      cutCompanies: [...stranded.entries()]
        .map(([companyId, count]) => ({ companyId, stranded: count }))
        .sort((a, b) => b.stranded - a.stranded || a.companyId.localeCompare(b.companyId))
        .slice(0, LIMITS.resilience.cutCompanies.max),
      connectedDownstream: connectedSinks,
    };
  }
}

/** An id of another kind cannot name an industry: NOT_FOUND before any query. */
function expectIndustryId(id: string): void {
  if (labelOfId(id) !== 'Industry') throw notFound('industryId', 'industry', id);
}

function segmentTotals(counts: SegmentCounts): { id: string; total: number }[] {
  return counts.map((r) => ({ id: r.segmentId, total: r.counts.reduce((s, c) => s + c.n, 0) }));
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
