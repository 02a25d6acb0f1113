/**
 * A city's investment-promotion target list (招商清单, docs/targets.md): for one industry, the segments where the
 * city has no company (a local gap) or only one (a single source), and for each the companies of the other
 * member cities that could fill it, ranked by the documented score (gaps/score.ts) with their ties to the city.
 * Counts come from the corridor aggregates (modules/overview); candidates from one read per corridor revision.
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import { intArg } from '../../args.js';
import { notFound } from '../../errors.js';
import { haversineKm, scoreCandidate, type Reason } from '../gaps/score.js';
import type { CorridorFacts } from '../overview/corridorFacts.js';
import type { TargetCandidateRow } from './targets.cypher.js';
import type { TargetsStore } from './targets.store.js';

export type TargetStatus = 'LOCAL_GAP' | 'SINGLE_SOURCE' | 'MISSING';

export interface TargetCandidateResult {
  companyId: string;
  nameZh: string;
  nameEn: string | null;
  uscc: string | null;
  cityId: string;
  score: number;
  reasons: Reason[];
  alliances: string[];
  parks: string[];
  customersInCity: number;
  distanceKm: number;
}

export interface TargetSegmentResult {
  segmentId: string;
  status: TargetStatus;
  cityCompanies: number;
  corridorCompanies: number;
  /** All candidates found, before `first` cut the list. */
  candidateCount: number;
  candidates: TargetCandidateResult[];
}

export interface TargetListResult {
  cityId: string;
  industryId: string;
  segments: TargetSegmentResult[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Best first; equal scores by more customers in the city, then by id (a stable order for a printed list). */
const byRank = (a: TargetCandidateResult, b: TargetCandidateResult) =>
  b.score - a.score || b.customersInCity - a.customersInCity || a.companyId.localeCompare(b.companyId);

/** Ranked lists held per corridor revision: (city, industry) pairs, each up to a few thousand candidates. */
const HELD_LISTS = 32;

export class TargetsService {
  /** Keyed by the facts object: a write brings new facts, and the lists of the old ones go with them. */
  private readonly lists = new WeakMap<CorridorFacts, Map<string, Promise<Map<string, TargetCandidateResult[]>>>>();

  constructor(
    private readonly store: TargetsStore,
    private readonly facts: () => Promise<CorridorFacts>,
  ) {}

  async targetList(cityId: string, industryId: string, first: number | null | undefined): Promise<TargetListResult> {
    const n = intArg('first', first, LIMITS.targetList.first);
    const facts = await this.facts();
    const city = labelOfId(cityId) === 'City' ? facts.cities.findIndex((c) => c.id === cityId) : -1;
    if (city < 0) throw notFound('cityId', 'city', cityId);
    const chain = facts.chains.find((c) => c.industryId === industryId);
    if (!chain) throw notFound('industryId', 'industry', industryId);

    // n(s, city) and the corridor's total over member cities, for the chain's segments.
    const here = new Map<number, number>();
    const corridor = new Map<number, number>();
    for (const [c, s, k] of facts.cells) {
      if (c === city) here.set(s as number, k as number);
      if (c !== undefined && c >= 0 && facts.cities[c]?.member) {
        corridor.set(s as number, (corridor.get(s as number) ?? 0) + (k as number));
      }
    }
    const listed = chain.segments.flatMap((s) => {
      const cityCompanies = here.get(s) ?? 0;
      const corridorCompanies = corridor.get(s) ?? 0;
      const status: TargetStatus | null =
        corridorCompanies === 0
          ? 'MISSING'
          : cityCompanies === 0
            ? 'LOCAL_GAP'
            : cityCompanies === 1
              ? 'SINGLE_SOURCE'
              : null;
      const segmentId = (facts.segments[s] as { id: string }).id;
      return status ? [{ segmentId, status, cityCompanies, corridorCompanies }] : [];
    });

    const ranked = await this.ranked(facts, cityId, industryId, listed);
    return {
      cityId,
      industryId,
      segments: listed.map((s) => {
        const all = ranked.get(s.segmentId) ?? [];
        return { ...s, candidateCount: all.length, candidates: all.slice(0, n) };
      }),
    };
  }

  /**
   * Every candidate of the listed segments, ranked, for the corridor revision `facts` belong to: read once per
   * (revision, city, industry) — the read is most of a list's time (~0.35 s at L) and the list cannot change
   * without a write, which brings new facts.
   */
  private ranked(
    facts: CorridorFacts,
    cityId: string,
    industryId: string,
    listed: { segmentId: string; status: TargetStatus; cityCompanies: number; corridorCompanies: number }[],
  ): Promise<Map<string, TargetCandidateResult[]>> {
    let lists = this.lists.get(facts);
    if (!lists) {
      lists = new Map();
      this.lists.set(facts, lists);
    }
    const key = `${cityId}|${industryId}`;
    const held = lists.get(key);
    if (held) return held;
    // Candidates: the corridor's companies of the thin segments outside the city. Counting their customers in the
    // city from the city's side pays when they outnumber the city's own companies (its segment memberships here).
    const thin = listed.filter((s) => s.status !== 'MISSING');
    const candidates = thin.reduce((n, s) => n + s.corridorCompanies - s.cityCompanies, 0);
    const city = facts.cities.findIndex((c) => c.id === cityId);
    const cityCompanies = facts.cells.reduce((n, [c, , k]) => (c === city ? n + (k as number) : n), 0);
    const reading = this.read(
      cityId,
      thin.map((s) => s.segmentId),
      candidates > cityCompanies,
    );
    reading.catch(() => lists.delete(key));
    lists.set(key, reading);
    if (lists.size > HELD_LISTS) lists.delete(lists.keys().next().value as string);
    return reading;
  }

  private async read(
    cityId: string,
    segmentIds: string[],
    countFromCity: boolean,
  ): Promise<Map<string, TargetCandidateResult[]>> {
    const found = await this.store.candidates(cityId, segmentIds, countFromCity);
    if (!found) throw notFound('cityId', 'city', cityId);
    const bySegment = new Map<string, TargetCandidateResult[]>();
    const seen = new Set<string>();
    for (const row of found.rows) {
      if (seen.has(`${row.segmentId}|${row.id}`)) continue;
      seen.add(`${row.segmentId}|${row.id}`);
      const list = bySegment.get(row.segmentId) ?? [];
      list.push(this.candidate(row, found.city));
      bySegment.set(row.segmentId, list);
    }
    for (const list of bySegment.values()) list.sort(byRank);
    return bySegment;
  }

  private candidate(row: TargetCandidateRow, city: { lat: number; lng: number }): TargetCandidateResult {
    const distanceKm = round1(haversineKm(row, city));
    const { score, reasons } = scoreCandidate({
      sharedAlliances: row.alliances,
      sharedParks: row.parks,
      sameCity: false,
      distanceKm,
      trackRecord: row.customers,
      customersInCity: row.customersInCity,
    });
    return {
      companyId: row.id,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      uscc: row.uscc,
      cityId: row.cityId,
      score,
      reasons,
      alliances: row.alliances,
      parks: row.parks,
      customersInCity: row.customersInCity,
      distanceKm,
    };
  }
}
