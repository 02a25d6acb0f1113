/**
 * What the target lists of one corridor revision read from Neo4j, each piece read once and shared: a segment's
 * candidates serve every city's list that has the segment thin, a city's ties and its suppliers every industry's
 * list for that city. Each is kept per corridor revision (revisions/KeptPerRevision): a write brings a new
 * revision, and the next list reads again what it needs.
 */
import { KeptPerRevision } from '../../revisions/index.js';
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

/** The corridor has nine member cities and a few dozen chain segments; names follow the lists shown. */
const HELD_CITIES = 16;
const HELD_SEGMENTS = 512;
const HELD_NAMES = 20_000;

export class RevisionReads {
  private readonly segments = new KeptPerRevision<SegmentCandidate[]>(HELD_SEGMENTS);
  private readonly ties = new KeptPerRevision<CityTiesRow | null>(HELD_CITIES);
  private readonly suppliers = new KeptPerRevision<Map<string, number>>(HELD_CITIES);
  private readonly names = new KeptPerRevision<CandidateNamesRow | null>(HELD_NAMES);

  constructor(private readonly store: TargetsStore) {}

  /** The city's ties and the member cities' places; null: no such city. */
  cityTies(revision: string, cityId: string): Promise<CityTiesRow | null> {
    return this.ties.get(cityId, revision, () => this.store.cityTies(cityId));
  }

  /** Companies of the city's suppliers with how many of its companies each supplies. */
  citySuppliers(revision: string, cityId: string): Promise<Map<string, number>> {
    return this.suppliers.get(cityId, revision, () => this.store.citySuppliers(cityId));
  }

  hasCitySuppliers(revision: string, cityId: string): boolean {
    return this.suppliers.peek(cityId, revision) !== undefined;
  }

  /** Each segment's companies in the member cities; the segments not held yet are read in one statement. */
  segmentCandidates(revision: string, segmentIds: string[]): Promise<Map<string, SegmentCandidate[]>> {
    return this.heldOrRead(this.segments, revision, segmentIds, async (missing) => {
      const read = await this.readSegments(missing);
      return (id) => read.get(id) ?? [];
    });
  }

  /** Names and credit codes of the given companies, read for those not asked before. */
  async candidateNames(revision: string, ids: string[]): Promise<Map<string, CandidateNamesRow>> {
    const named = await this.heldOrRead(this.names, revision, ids, async (missing) => {
      const read = new Map((await this.store.names(missing)).map((r) => [r.id, r]));
      return (id) => read.get(id) ?? null;
    });
    return new Map([...named].flatMap(([id, row]) => (row ? [[id, row] as const] : [])));
  }

  /**
   * The values of `ids` at `revision`: those held, and the rest read in one call and held for the next list.
   * Answered from what this call found or read, not looked up again, so a call asking more keys than are held
   * at once still gets them all.
   */
  private async heldOrRead<T>(
    kept: KeptPerRevision<T>,
    revision: string,
    ids: string[],
    read: (missing: string[]) => Promise<(id: string) => T>,
  ): Promise<Map<string, T>> {
    const found = new Map<string, Promise<T>>();
    const missing = new Set<string>();
    for (const id of ids) {
      const held = kept.peek(id, revision);
      if (held) found.set(id, held);
      else missing.add(id);
    }
    if (missing.size > 0) {
      const reading = read([...missing]);
      for (const id of missing)
        found.set(
          id,
          kept.set(
            id,
            revision,
            reading.then((of) => of(id)),
          ),
        );
    }
    const values = await Promise.all(ids.map((id) => found.get(id) as Promise<T>));
    return new Map(ids.map((id, i) => [id, values[i] as T]));
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
