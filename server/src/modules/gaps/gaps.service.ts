/**
 * Gap analysis, exactly as DESIGN.md defines it. The Cypher gathers counts and facts; the rules (statuses,
 * scores, dominators) are pure functions in coverage.ts, score.ts and dominators.ts, tested on their own.
 */
import { labelOfId } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { DomainError, badInput } from '../../errors.js';
import { classifyRow, type CoverageRowResult } from './coverage.js';
import { findCutCompanies } from './dominators.js';
import {
  ACTUAL_CITY_LINKS,
  COMPANY_PLACE,
  DOWNSTREAM_CANDIDATES,
  DOWNSTREAM_PARTNERS,
  EXISTING_LINKS,
  INDUSTRY_COMPANIES,
  INDUSTRY_EXISTS,
  INDUSTRY_FEEDS,
  INDUSTRY_SUPPLIES,
  MEMBER_CITY_IDS,
  SEGMENT_CITY_COUNTS,
  TOP_COMPANIES,
  UPSTREAM_CANDIDATES,
  UPSTREAM_PARTNERS,
} from './gaps.cypher.js';
import { haversineKm, scoreCandidate, type Reason } from './score.js';

export const GAP_LIMITS = {
  citiesMax: 30,
  candidatesMax: 50,
  pairsMax: 72,
  bestUnlinked: 5,
  cutCompanies: 100,
} as const;

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

export interface CityPairResult {
  from: string;
  to: string;
  potential: number;
  actual: number;
  ratio: number;
  bestUnlinked: { supplierId: string; customerId: string; supplierSegmentId: string; customerSegmentId: string }[];
}

export interface ResilienceResult {
  industryId: string;
  singleSourceSegmentIds: string[];
  missingSegmentIds: string[];
  cutCompanies: { companyId: string; stranded: number }[];
  connectedDownstream: number;
}

function expectIndustry(id: string): void {
  if (labelOfId(id) !== 'Industry')
    throw new DomainError('NOT_FOUND', `industryId: no industry "${id}"`, { field: 'industryId' });
}

export class GapsService {
  constructor(private readonly executor: Executor) {}

  private async memberCities(): Promise<string[]> {
    return (await this.executor.read(MEMBER_CITY_IDS, {})).map((r) => r.id);
  }

  async chainCoverage(industryId: string, cityIds: readonly string[] | null | undefined): Promise<CoverageResult> {
    expectIndustry(industryId);
    if (cityIds && (cityIds.length === 0 || cityIds.length > GAP_LIMITS.citiesMax)) {
      throw badInput('cityIds', `give 1 to ${GAP_LIMITS.citiesMax} cities, or omit for the nine member cities`);
    }
    const cities = cityIds ? [...new Set(cityIds)] : await this.memberCities();
    const rows = await this.executor.read(SEGMENT_CITY_COUNTS, { industryId, cityIds: cities });
    if (rows.length === 0) await this.assertIndustryExists(industryId);
    return {
      industryId,
      cityIds: cities,
      rows: rows.map((r) => ({
        segmentId: r.segmentId,
        ...classifyRow(new Map(r.counts.map((c) => [c.cityId, c.n])), cities),
      })),
    };
  }

  /** An industry without a chain template is a valid, empty answer; an unknown id is NOT_FOUND. */
  private async assertIndustryExists(industryId: string): Promise<void> {
    const [row] = await this.executor.read(INDUSTRY_EXISTS, { industryId });
    if (!row?.exists)
      throw new DomainError('NOT_FOUND', `industryId: no industry "${industryId}"`, { field: 'industryId' });
  }

  async supplierGaps(companyId: string, direction: 'UPSTREAM' | 'DOWNSTREAM', first: number) {
    if (!Number.isInteger(first) || first < 1 || first > GAP_LIMITS.candidatesMax) {
      throw badInput('first', `must be from 1 to ${GAP_LIMITS.candidatesMax}`);
    }
    if (labelOfId(companyId) !== 'Company') {
      throw new DomainError('NOT_FOUND', `companyId: no company "${companyId}"`, { field: 'companyId' });
    }
    return this.executor.readTx('supplierGaps', async (tx) => {
      const [place] = await tx.run(COMPANY_PLACE, { companyId });
      if (!place) throw new DomainError('NOT_FOUND', `companyId: no company "${companyId}"`, { field: 'companyId' });
      const partners = await tx.run(direction === 'UPSTREAM' ? UPSTREAM_PARTNERS : DOWNSTREAM_PARTNERS, { companyId });
      const gapSegments = [...new Set(partners.filter((p) => p.partnerIds.length === 0).map((p) => p.segmentId))];
      const candidateRows =
        gapSegments.length === 0
          ? []
          : await tx.run(direction === 'UPSTREAM' ? UPSTREAM_CANDIDATES : DOWNSTREAM_CANDIDATES, {
              companyId,
              segmentIds: gapSegments,
            });
      const bySegment = new Map<string, Candidate[]>();
      for (const row of candidateRows) {
        const distanceKm =
          place.lat !== null && place.lng !== null
            ? Math.round(haversineKm(place as { lat: number; lng: number }, row) * 10) / 10
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
      const ranked = (segmentId: string) =>
        (bySegment.get(segmentId) ?? [])
          .sort((a, b) => b.score - a.score || a.companyId.localeCompare(b.companyId))
          .slice(0, first);
      const segments: PartnerSegmentResult[] = partners.map((p) => ({
        ownSegmentId: p.ownSegmentId,
        segmentId: p.segmentId,
        partnerIds: p.partnerIds,
        isGap: p.partnerIds.length === 0,
        candidates: p.partnerIds.length === 0 ? ranked(p.segmentId) : [],
      }));
      return { companyId, direction, segments };
    });
  }

  async collaborationGaps(industryId: string, first: number): Promise<CityPairResult[]> {
    expectIndustry(industryId);
    if (!Number.isInteger(first) || first < 1 || first > GAP_LIMITS.pairsMax) {
      throw badInput('first', `must be from 1 to ${GAP_LIMITS.pairsMax}`);
    }
    const cities = await this.memberCities();
    return this.executor.readTx('collaborationGaps', async (tx) => {
      const feeds = await tx.run(INDUSTRY_FEEDS, { industryId });
      if (feeds.length === 0) await this.assertIndustryExists(industryId);
      const counts = await tx.run(SEGMENT_CITY_COUNTS, { industryId, cityIds: cities });
      const n = new Map<string, number>();
      for (const row of counts) for (const c of row.counts) n.set(`${row.segmentId}|${c.cityId}`, c.n);
      const actual = new Map((await tx.run(ACTUAL_CITY_LINKS, { industryId })).map((r) => [`${r.from}|${r.to}`, r.n]));

      const pairs: CityPairResult[] = [];
      for (const from of cities) {
        for (const to of cities) {
          if (from === to) continue;
          const potential = feeds.reduce(
            (sum, f) => sum + (n.get(`${f.from}|${from}`) ?? 0) * (n.get(`${f.to}|${to}`) ?? 0),
            0,
          );
          const linked = actual.get(`${from}|${to}`) ?? 0;
          pairs.push({
            from,
            to,
            potential,
            actual: linked,
            ratio: potential === 0 ? 0 : linked / potential,
            bestUnlinked: [],
          });
        }
      }
      pairs.sort(
        (a, b) =>
          b.potential - b.actual - (a.potential - a.actual) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
      );
      const chosen = pairs.slice(0, first);

      // Best unlinked pairs: the best-connected suppliers of `from` against the best-connected customers of `to`.
      const top = await tx.run(TOP_COMPANIES, { industryId, top: 3 });
      const topOf = new Map(top.map((t) => [`${t.segmentId}|${t.cityId}`, t]));
      const proposals = new Map<CityPairResult, CityPairResult['bestUnlinked']>();
      const probe: { a: string; b: string }[] = [];
      for (const pair of chosen) {
        const list: CityPairResult['bestUnlinked'] = [];
        for (const f of feeds) {
          for (const a of topOf.get(`${f.from}|${pair.from}`)?.suppliers ?? []) {
            for (const b of topOf.get(`${f.to}|${pair.to}`)?.customers ?? []) {
              if (a === b) continue;
              list.push({ supplierId: a, customerId: b, supplierSegmentId: f.from, customerSegmentId: f.to });
              probe.push({ a, b });
            }
          }
        }
        proposals.set(pair, list);
      }
      const existing = new Set((await tx.run(EXISTING_LINKS, { pairs: probe })).map((r) => `${r.a}>${r.b}`));
      for (const pair of chosen) {
        const seen = new Set<string>();
        pair.bestUnlinked = (proposals.get(pair) ?? [])
          .filter((p) => !existing.has(`${p.supplierId}>${p.customerId}`))
          .filter((p) => !seen.has(`${p.supplierId}>${p.customerId}`) && seen.add(`${p.supplierId}>${p.customerId}`))
          .slice(0, GAP_LIMITS.bestUnlinked);
      }
      return chosen;
    });
  }

  async resilience(industryId: string): Promise<ResilienceResult> {
    expectIndustry(industryId);
    const cities = await this.memberCities();
    return this.executor.readTx('resilience', async (tx) => {
      const counts = await tx.run(SEGMENT_CITY_COUNTS, { industryId, cityIds: cities });
      if (counts.length === 0) await this.assertIndustryExists(industryId);
      const totals = counts.map((r) => ({ id: r.segmentId, total: r.counts.reduce((s, c) => s + c.n, 0) }));
      const companies = await tx.run(INDUSTRY_COMPANIES, { industryId });
      const edges = await tx.run(INDUSTRY_SUPPLIES, { industryId });
      const { stranded, connectedSinks } = findCutCompanies({
        sources: companies.filter((c) => c.stages.includes('UPSTREAM')).map((c) => c.id),
        sinks: companies.filter((c) => c.stages.includes('DOWNSTREAM')).map((c) => c.id),
        edges: edges.map((e) => [e.from, e.to] as const),
      });
      return {
        industryId,
        singleSourceSegmentIds: totals.filter((t) => t.total === 1).map((t) => t.id),
        missingSegmentIds: totals.filter((t) => t.total === 0).map((t) => t.id),
        cutCompanies: [...stranded.entries()]
          .map(([companyId, n]) => ({ companyId, stranded: n }))
          .sort((a, b) => b.stranded - a.stranded || a.companyId.localeCompare(b.companyId))
          .slice(0, GAP_LIMITS.cutCompanies),
        connectedDownstream: connectedSinks,
      };
    });
  }
}
