/**
 * The corridor's aggregates (docs/overview.md): every count the overview and the indicators answer from, built in
 * one pass over the supply graph and kept per corridor revision (revisions/stored.ts, subject "corridor"). Plain
 * arrays of numbers indexing `cities`, `chains` and `segments`, so the stored JSON stays small (~1 MB at L) and a
 * request only filters and sums.
 */
import type { ChainRow, CorridorCityRow, CorridorCompanyRow, InstitutionRow } from './overview.cypher.js';

/** Index meaning "no city" (a company without one, a link to it). */
export const NO_CITY = -1;
/** Year meaning "unknown" (no `founded`, `since` or `signedOn`). */
export const NO_YEAR = 0;

export const INSTITUTION_KINDS = ['Alliance', 'Park', 'Project'] as const;

export interface CorridorFacts {
  cities: { id: string; member: boolean }[];
  /** Industries, each with its segments in chain order (indices into `segments`). */
  chains: { industryId: string; segments: number[] }[];
  segments: { id: string; chain: number }[];
  /** [city, foundedYear, companies]. */
  companies: number[][];
  /** [city, chain, foundedYear, companies]: a company in two segments of one chain counts once. */
  chainCompanies: number[][];
  /** [city, segment, companies] (a company counts in each segment it operates in). */
  cells: number[][];
  /** [supplier city, customer city, since, links]: every SUPPLIES link. */
  links: number[][];
  /** [chain, supplier city, customer city, since, links]: links whose two companies both operate in the chain. */
  chainLinks: number[][];
  /** [chain, supplier city, supplier segment, customer city, customer segment, since, links] along one chain. */
  flows: number[][];
  /** [kind (INSTITUTION_KINDS), city, year, count]: an institution counts once in each city it names. */
  institutions: number[][];
}

/** The year a partial date starts with (`2019`, `2019-05`, `2019-05-01`); NO_YEAR when it has none. */
export function yearOf(date: string | null | undefined): number {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : NO_YEAR;
}

/** Counts keyed by a tuple of small integers; `rows()` gives them back as [...key, count]. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(key: number[], n = 1): void {
    const k = key.join(',');
    this.counts.set(k, (this.counts.get(k) ?? 0) + n);
  }
  rows(): number[][] {
    return [...this.counts].map(([k, n]) => [...k.split(',').map(Number), n]).sort(compareTuples);
  }
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

export function buildCorridorFacts(
  cityRows: CorridorCityRow[],
  chainRows: ChainRow[],
  companyRows: CorridorCompanyRow[],
  institutionRows: InstitutionRow[],
): CorridorFacts {
  const cities = cityRows.map((c) => ({ id: c.id, member: c.role === 'MEMBER' }));
  const cityIndex = new Map(cities.map((c, i) => [c.id, i]));
  const segments: CorridorFacts['segments'] = [];
  const chains = chainRows.map((row, chain) => ({
    industryId: row.industryId,
    segments: row.segmentIds.map((id) => segments.push({ id, chain }) - 1),
  }));
  const segmentIndex = new Map(segments.map((s, i) => [s.id, i]));
  const cityOf = (id: string | null) => (id === null ? NO_CITY : (cityIndex.get(id) ?? NO_CITY));

  // First pass: where each company is and which segments it is in, for the far end of every link.
  const placeOf = new Map<string, { city: number; segments: number[] }>();
  const companies = new Tally();
  const chainCompanies = new Tally();
  const cells = new Tally();
  for (const row of companyRows) {
    const city = cityOf(row.cityId);
    const segs = [...new Set(row.segmentIds)].flatMap((id) => segmentIndex.get(id) ?? []);
    placeOf.set(row.id, { city, segments: segs });
    const year = yearOf(row.founded);
    companies.add([city, year]);
    for (const chain of new Set(segs.map((s) => (segments[s] as { chain: number }).chain))) {
      chainCompanies.add([city, chain, year]);
    }
    for (const s of segs) cells.add([city, s]);
  }

  // Second pass: every link, by city pair, and along each chain both companies share, by segment pair.
  const links = new Tally();
  const chainLinks = new Tally();
  const flows = new Tally();
  for (const row of companyRows) {
    const from = placeOf.get(row.id) as { city: number; segments: number[] };
    row.customerIds.forEach((customerId, i) => {
      const to = placeOf.get(customerId);
      if (!to) return;
      const year = yearOf(row.customerSince[i]);
      links.add([from.city, to.city, year]);
      if (from.segments.length === 0 || to.segments.length === 0) return;
      const shared = new Set<number>();
      for (const u of from.segments) {
        const chain = (segments[u] as { chain: number }).chain;
        for (const d of to.segments) {
          if ((segments[d] as { chain: number }).chain !== chain) continue;
          flows.add([chain, from.city, u, to.city, d, year]);
          shared.add(chain);
        }
      }
      for (const chain of shared) chainLinks.add([chain, from.city, to.city, year]);
    });
  }

  const institutions = new Tally();
  for (const row of institutionRows) {
    const kind = INSTITUTION_KINDS.indexOf(row.kind);
    for (const cityId of new Set(row.cityIds)) {
      const city = cityIndex.get(cityId);
      if (city !== undefined) institutions.add([kind, city, yearOf(row.date)]);
    }
  }

  return {
    cities,
    chains,
    segments,
    companies: companies.rows(),
    chainCompanies: chainCompanies.rows(),
    cells: cells.rows(),
    links: links.rows(),
    chainLinks: chainLinks.rows(),
    flows: flows.rows(),
    institutions: institutions.rows(),
  };
}
