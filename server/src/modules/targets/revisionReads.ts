/**
 * What the target lists of one corridor revision read from Neo4j, each piece read once and shared: a segment's
 * candidates serve every city's list that has the segment thin, a city's ties and its suppliers every industry's
 * list for that city. A write brings a new revision (new corridor facts), and this object goes with the old one.
 */
import type { CandidateNamesRow, CityTiesRow } from './targets.cypher.js';
import type { TargetsStore } from './targets.store.js';

/** A company of a segment in a member city, as every city's list scores it. */
export interface SegmentCandidate {
  id: string;
  cityId: string;
  /** Its alliances and parks. */
  tieIds: readonly string[];
  customers: number;
}

const NONE: readonly string[] = Object.freeze([]);

/** A held read: one promise per key, forgotten when it fails so that the next request reads again. */
function hold<T>(held: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let promise = held.get(key);
  if (!promise) {
    promise = read();
    promise.catch(() => held.delete(key));
    held.set(key, promise);
  }
  return promise;
}

export class RevisionReads {
  private readonly segments = new Map<string, Promise<SegmentCandidate[]>>();
  private readonly ties = new Map<string, Promise<CityTiesRow | null>>();
  private readonly suppliers = new Map<string, Promise<Map<string, number>>>();
  private readonly names = new Map<string, CandidateNamesRow>();

  constructor(private readonly store: TargetsStore) {}

  /** The city's ties and the member cities' places; null: no such city. */
  cityTies(cityId: string): Promise<CityTiesRow | null> {
    return hold(this.ties, cityId, () => this.store.cityTies(cityId));
  }

  /** Companies of the city's suppliers with how many of its companies each supplies. */
  citySuppliers(cityId: string): Promise<Map<string, number>> {
    return hold(this.suppliers, cityId, () => this.store.citySuppliers(cityId));
  }

  hasCitySuppliers(cityId: string): boolean {
    return this.suppliers.has(cityId);
  }

  /** Each segment's companies in the member cities; the segments not held yet are read in one statement. */
  async segmentCandidates(segmentIds: string[]): Promise<Map<string, SegmentCandidate[]>> {
    const missing = segmentIds.filter((id) => !this.segments.has(id));
    if (missing.length > 0) {
      const reading = this.readSegments(missing);
      for (const id of missing) {
        hold(this.segments, id, async () => (await reading).get(id) ?? []);
      }
    }
    const lists = await Promise.all(segmentIds.map((id) => this.segments.get(id) as Promise<SegmentCandidate[]>));
    return new Map(segmentIds.map((id, i) => [id, lists[i] as SegmentCandidate[]]));
  }

  /** Names and credit codes of the given companies, read for those not asked before. */
  async candidateNames(ids: string[]): Promise<Map<string, CandidateNamesRow>> {
    const missing = ids.filter((id) => !this.names.has(id));
    for (const row of await this.store.names(missing)) this.names.set(row.id, row);
    return new Map(ids.flatMap((id) => (this.names.has(id) ? [[id, this.names.get(id) as CandidateNamesRow]] : [])));
  }

  private async readSegments(segmentIds: string[]): Promise<Map<string, SegmentCandidate[]>> {
    const bySegment = new Map<string, SegmentCandidate[]>();
    for (const row of await this.store.segmentCandidates(segmentIds)) {
      // The driver hands every company its own copy of a city id; thousands of candidates share nine.
      const cityIds = new Map<string, string>();
      const seen = new Set<string>();
      const list = bySegment.get(row.segmentId) ?? [];
      row.ids.forEach((id, i) => {
        if (seen.has(id)) return;
        seen.add(id);
        const city = row.cityIds[i] as string;
        let cityId = cityIds.get(city);
        if (cityId === undefined) cityIds.set(city, (cityId = city));
        const ties = row.tieIds[i] as string[];
        list.push({ id, cityId, tieIds: ties.length > 0 ? ties : NONE, customers: row.customers[i] as number });
      });
      bySegment.set(row.segmentId, list);
    }
    return bySegment;
  }
}
