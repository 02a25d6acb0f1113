/**
 * A city's investment-promotion target list (招商清单, docs/targets.md): for one industry, the segments where the
 * city has no company (a local gap) or only one (a single source), and for each the companies of the other
 * member cities that could fill it, ranked by the documented score (analysis/score.ts) with their ties to the city.
 * Counts come from the corridor aggregates (modules/overview); candidates from reads held per corridor revision
 * (revisionReads.ts).
 */
import { LIMITS, labelOfId } from '@g60/graph-schema';
import { intArg } from '../../args.js';
import { notFound } from '../../errors.js';
import { candidateScore, haversineKm, scoreCandidate, type Reason } from '../../analysis/index.js';
import { KeptPerRevision, type AtCurrent } from '../../revisions/index.js';
import type { CorridorFacts } from '../overview/index.js';
import { RevisionReads } from './revisionReads.js';
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

/** A ranked candidate before its names are read (only those a list shows are). */
type RankedCandidate = Omit<TargetCandidateResult, 'nameZh' | 'nameEn' | 'uscc'>;

interface ListedSegment {
  segmentId: string;
  status: TargetStatus;
  cityCompanies: number;
  corridorCompanies: number;
}

/**
 * Best first; equal scores by more customers in the city, then by id (a stable order for a printed list). Ids
 * compare by code unit: scores tie often, and `localeCompare` over 30,000 candidates took most of a list's sort.
 */
const byRank = (
  a: { score: number; customersInCity: number; id: string },
  b: { score: number; customersInCity: number; id: string },
) => b.score - a.score || b.customersInCity - a.customersInCity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const NOT_SHARED: string[] = [];

/** Ranked lists held per corridor revision: (city, industry) pairs, each at most `first`'s maximum a segment. */
const HELD_LISTS = 32;

type RankedLists = Map<string, { count: number; ranked: RankedCandidate[] }>;

export class TargetsService {
  /** Reads shared by the lists of one corridor revision, and the ranked lists themselves, kept per revision. */
  private readonly reads: RevisionReads;
  private readonly lists = new KeptPerRevision<RankedLists>(HELD_LISTS);

  constructor(
    private readonly store: TargetsStore,
    /** The corridor aggregates with their revision (modules/overview): the one revision read a list makes. */
    private readonly corridor: () => Promise<AtCurrent<CorridorFacts>>,
    /**
     * Whether a list counts its candidates' customers in the city from the city's side (tests force either side).
     * Measured at L: 60–150 µs a candidate counted per candidate, after the candidates are read; ~9 µs a segment
     * membership of the city counted from its side, beside that read, and held for the city's other lists. So from
     * the city's side unless the candidates are under a tenth of the city's memberships.
     */
    private readonly countFromCity = (candidates: number, cityMemberships: number) => candidates * 10 > cityMemberships,
  ) {
    this.reads = new RevisionReads(store);
  }

  async targetList(cityId: string, industryId: string, first: number | null | undefined): Promise<TargetListResult> {
    const n = intArg('first', first, LIMITS.targetList.first);
    const { revision, value: facts } = await this.corridor();
    const city = labelOfId(cityId) === 'City' ? facts.cities.findIndex((c) => c.id === cityId) : -1;
    if (city < 0) throw notFound('cityId', 'city', cityId);
    const chain = facts.chains.find((c) => c.industryId === industryId);
    if (!chain) throw notFound('industryId', 'industry', industryId);

    // n(s, city) and the corridor's total over member cities, for the chain's segments.
    const here = new Map<number, number>();
    const corridor = new Map<number, number>();
    let cityMemberships = 0;
    for (const [c, s, k] of facts.cells) {
      if (c === city) {
        here.set(s as number, k as number);
        cityMemberships += k as number;
      }
      if (c !== undefined && c >= 0 && facts.cities[c]?.member) {
        corridor.set(s as number, (corridor.get(s as number) ?? 0) + (k as number));
      }
    }
    const listed = chain.segments.flatMap((s): ListedSegment[] => {
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

    const ranked = await this.lists.get(`${cityId}|${industryId}`, revision, () =>
      this.rank(revision, cityId, listed, cityMemberships),
    );
    const shown = listed.map((s) => ranked.get(s.segmentId)?.ranked.slice(0, n) ?? []);
    const names = await this.reads.candidateNames(revision, [...new Set(shown.flat().map((c) => c.companyId))]);
    return {
      cityId,
      industryId,
      segments: listed.map((s, i) => ({
        ...s,
        candidateCount: ranked.get(s.segmentId)?.count ?? 0,
        candidates: (shown[i] ?? []).map((c) => {
          const named = names.get(c.companyId);
          return {
            ...c,
            nameZh: named?.nameZh ?? c.companyId,
            nameEn: named?.nameEn ?? null,
            uscc: named?.uscc ?? null,
          };
        }),
      })),
    };
  }

  /**
   * Candidates: the corridor's companies of the thin segments outside the city, scored for it. The city's ties,
   * the segments' companies and (for long lists) the city's suppliers are read side by side.
   */
  private async rank(
    revision: string,
    cityId: string,
    listed: ListedSegment[],
    cityMemberships: number,
  ): Promise<RankedLists> {
    const reads = this.reads;
    const thin = listed.filter((s) => s.status !== 'MISSING');
    // From the city's side also when another list of the city has read its suppliers already.
    const candidates = thin.reduce((k, s) => k + s.corridorCompanies - s.cityCompanies, 0);
    const suppliers =
      reads.hasCitySuppliers(revision, cityId) || this.countFromCity(candidates, cityMemberships)
        ? reads.citySuppliers(revision, cityId)
        : null;
    const reading = reads
      .segmentCandidates(
        revision,
        thin.map((s) => s.segmentId),
      )
      .then(
        (bySegment) =>
          new Map(
            thin.map((s) => [s.segmentId, (bySegment.get(s.segmentId) ?? []).filter((c) => c.cityId !== cityId)]),
          ),
      );
    // Counted per candidate as soon as the candidates are known, beside the ties.
    const counting =
      suppliers ??
      reading.then((others) =>
        this.store.customersInCity([...new Set([...others.values()].flat().map((c) => c.id))], cityId),
      );
    const [ties, others, inCity] = await Promise.all([reads.cityTies(revision, cityId), reading, counting]);
    if (!ties) throw notFound('cityId', 'city', cityId);

    const alliances = new Map(ties.alliances.map((a) => [a.id, a.nameZh]));
    const parks = new Map(ties.parks.map((p) => [p.id, p.nameZh]));
    const distances = new Map(ties.members.map((m) => [m.id, round1(haversineKm(m, ties))]));
    const shared = (ids: readonly string[], names: Map<string, string>) =>
      ids.length === 0 ? NOT_SHARED : ids.flatMap((id) => (names.has(id) ? [names.get(id) as string] : []));
    const lists: RankedLists = new Map();
    for (const [segmentId, companies] of others) {
      // Every candidate is scored; reasons are worded only for those a list can show.
      const scored = companies.map((c) => {
        const facts = {
          sharedAlliances: shared(c.tieIds, alliances),
          sharedParks: shared(c.tieIds, parks),
          sameCity: false,
          distanceKm: distances.get(c.cityId) ?? 0,
          trackRecord: c.customers,
          customersInCity: inCity.get(c.id) ?? 0,
        };
        return {
          id: c.id,
          cityId: c.cityId,
          facts,
          score: candidateScore(facts),
          customersInCity: facts.customersInCity,
        };
      });
      const kept = scored.sort(byRank).slice(0, LIMITS.targetList.first.max);
      lists.set(segmentId, {
        count: scored.length,
        ranked: kept.map(({ id, cityId, facts }) => ({
          companyId: id,
          cityId,
          ...scoreCandidate(facts),
          alliances: facts.sharedAlliances,
          parks: facts.sharedParks,
          customersInCity: facts.customersInCity,
          distanceKm: facts.distanceKm,
        })),
      });
    }
    return lists;
  }
}
