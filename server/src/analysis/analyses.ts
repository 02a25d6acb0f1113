/**
 * The whole-industry answers — coverage counts, collaboration gaps, resilience — from one industry projection
 * (projection.ts). Pure: the result store computes them once per industry revision and keeps them
 * (revisions/stored.ts, through engine.ts); docs/analysis.md defines each rule.
 */
import { LIMITS } from '@g60/graph-schema';
import { bestUnlinked, proposePairs, rankCityPairs, type CityPair, type UnlinkedPair } from './collaboration.js';
import { classifyRow, type CoverageRowResult } from './coverage.js';
import { findCutCompanies } from './dominators.js';
import { notFound } from '../errors.js';
import type { EntityRow } from '../modules/entities/index.js';
import type { CityList, SegmentCounts } from './facts.js';
import {
  collaborationFacts,
  companyCounts,
  linkedPairs,
  segmentCityCounts,
  stagesOf,
  type IndustryProjection,
} from './projection.js';

/** How many of the best-connected companies per (segment, city) the pair proposals are drawn from. */
const PROPOSAL_POOL = 3;

export type CityPairResult = CityPair & { bestUnlinked: UnlinkedPair[] };

export interface ResilienceResult {
  industryId: string;
  singleSourceSegmentIds: string[];
  missingSegmentIds: string[];
  cutCompanies: { companyId: string; stranded: number }[];
  connectedDownstream: number;
}

/** Everything kept per industry and revision: each whole-industry answer, derived from one projection. */
export interface IndustryAnalyses {
  /** Counts over every city, so coverage over any choice of cities is answered from them. */
  coverage: { cities: CityList; rows: SegmentCounts };
  /** Companies of the industry, in all and per city: the counts behind `companies(filter: {industryId})`. */
  companies: { total: number; byCity: Record<string, number> };
  /** Every ordered pair of member cities, ranked; a request takes the first n. */
  collaboration: CityPairResult[];
  resilience: ResilienceResult;
  /**
   * Every entity the answers name (industry, cities, segments, companies), read with them: a warm answer needs no
   * further read. They cannot go stale apart from the answers — a write to any of them renews this industry's
   * revision (server/src/revisions/).
   */
  entities: Record<string, EntityRow>;
}

/** The ids of every entity the answers name. */
export function namedIds(a: Omit<IndustryAnalyses, 'entities'>): string[] {
  const ids = new Set<string>([a.resilience.industryId, ...a.coverage.cities.all]);
  for (const row of a.coverage.rows) ids.add(row.segmentId);
  for (const p of a.collaboration) {
    ids.add(p.from).add(p.to);
    for (const u of p.bestUnlinked)
      ids.add(u.supplierId).add(u.customerId).add(u.supplierSegmentId).add(u.customerSegmentId);
  }
  for (const c of a.resilience.cutCompanies) ids.add(c.companyId);
  return [...ids];
}

/** Every whole-industry answer from the industry's projection: pure, so one computation serves all three. */
export function analyseIndustry(industryId: string, p: IndustryProjection): Omit<IndustryAnalyses, 'entities'> {
  return {
    coverage: { cities: p.cities, rows: segmentCityCounts(p) },
    companies: companyCounts(p),
    collaboration: collaboration(p),
    resilience: resilience(industryId, p),
  };
}

function collaboration(p: IndustryProjection): CityPairResult[] {
  if (p.feeds.length === 0) return [];
  const facts = collaborationFacts(p, PROPOSAL_POOL);
  const ranked = rankCityPairs(facts, p.cities.members);
  const proposals = ranked.map((pair) => proposePairs(pair, facts));
  const linked = linkedPairs(
    p,
    proposals.flat().map((x) => ({ a: x.supplierId, b: x.customerId })),
  );
  return ranked.map((pair, i) => ({
    ...pair,
    bestUnlinked: bestUnlinked(proposals[i] ?? [], linked, LIMITS.collaborationGaps.bestUnlinked.max),
  }));
}

function resilience(industryId: string, p: IndustryProjection): ResilienceResult {
  const totals = segmentTotals(segmentCityCounts(p, p.cities.members));
  const sources: string[] = [];
  const sinks: string[] = [];
  p.companyIds.forEach((id, i) => {
    const stages = stagesOf(p, i);
    if (stages.has('UPSTREAM')) sources.push(id);
    if (stages.has('DOWNSTREAM')) sinks.push(id);
  });
  const edges: (readonly [string, string])[] = [];
  for (let a = 0; a < p.companyIds.length; a++) {
    for (let k = p.offsets[a] as number; k < (p.offsets[a + 1] as number); k++) {
      edges.push([p.companyIds[a] as string, p.companyIds[p.targets[k] as number] as string]);
    }
  }
  const { stranded, connectedSinks } = findCutCompanies({ sources, sinks, edges });
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

function segmentTotals(counts: SegmentCounts): { id: string; total: number }[] {
  return counts.map((r) => ({ id: r.segmentId, total: r.counts.reduce((s, c) => s + c.n, 0) }));
}

/** Coverage over chosen cities, with the entities the answer names. */
export interface CoverageResult {
  industryId: string;
  cityIds: string[];
  rows: (CoverageRowResult & { segmentId: string })[];
  entities: Record<string, EntityRow>;
}

/**
 * Coverage over the chosen cities (the member cities when none are chosen) from an industry's analyses, the
 * real ones or a scenario's; NOT_FOUND names a chosen city the corridor does not have.
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
