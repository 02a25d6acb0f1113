/**
 * The corridor overview from the kept aggregates (docs/overview.md): cities with their companies per industry and
 * the links between cities, or — for one industry — the chain's cells (city × segment) and the flows between them.
 * Pure: filtering by year and summing over the facts, a few milliseconds at L.
 */
import { NO_CITY, NO_YEAR, type CorridorFacts } from './corridorFacts.js';

export interface IndustryCountResult {
  industryId: string;
  companies: number;
}

export interface OverviewCityResult {
  cityId: string;
  member: boolean;
  companies: number;
  industries: IndustryCountResult[];
}

export interface CityLinkResult {
  fromCityId: string;
  toCityId: string;
  links: number;
}

export interface CellResult {
  cityId: string;
  segmentId: string;
  companies: number;
}

export interface FlowResult {
  fromCityId: string;
  fromSegmentId: string;
  toCityId: string;
  toSegmentId: string;
  links: number;
}

export interface OverviewAnswer {
  industryId: string | null;
  since: number | null;
  /** Years in which links began, oldest first: the choices of the `since` filter. */
  years: number[];
  cities: OverviewCityResult[];
  links: CityLinkResult[];
  segmentIds: string[];
  cells: CellResult[];
  flows: FlowResult[];
}

/** Sums `count` (the last column) over rows grouped by the columns `key` picks. */
function sumBy(rows: number[][], key: (r: number[]) => number[] | null): Map<string, { key: number[]; n: number }> {
  const out = new Map<string, { key: number[]; n: number }>();
  for (const r of rows) {
    const k = key(r);
    if (!k) continue;
    const s = k.join(',');
    const held = out.get(s);
    if (held) held.n += r.at(-1) as number;
    else out.set(s, { key: k, n: r.at(-1) as number });
  }
  return out;
}

/** Whether a link that began in `year` passes the `since` filter; a link of unknown year only without one. */
const begunSince = (year: number, since: number | null) => since === null || (year !== NO_YEAR && year >= since);

export function overviewOf(facts: CorridorFacts, chain: number | null, since: number | null): OverviewAnswer {
  const cityId = (i: number) => (facts.cities[i] as { id: string }).id;
  const segmentId = (i: number) => (facts.segments[i] as { id: string }).id;
  const industryId = (i: number) => (facts.chains[i] as { industryId: string }).industryId;

  // Companies per city, and per city and industry (within the chosen one only, with a filter).
  const perCity = sumBy(facts.companies, ([city]) => (city === NO_CITY ? null : [city as number]));
  const perCityChain = sumBy(facts.chainCompanies, ([city, c]) =>
    city === NO_CITY || (chain !== null && c !== chain) ? null : [city as number, c as number],
  );
  const industriesOf = new Map<number, IndustryCountResult[]>();
  for (const { key, n } of perCityChain.values()) {
    const [city, c] = key as [number, number];
    const list = industriesOf.get(city) ?? [];
    list.push({ industryId: industryId(c), companies: n });
    industriesOf.set(city, list);
  }
  const cities: OverviewCityResult[] = facts.cities
    .map((c, i) => {
      const industries = (industriesOf.get(i) ?? []).sort(
        (a, b) => b.companies - a.companies || a.industryId.localeCompare(b.industryId),
      );
      const companies =
        chain === null ? (perCity.get(String(i))?.n ?? 0) : industries.reduce((s, x) => s + x.companies, 0);
      return { cityId: c.id, member: c.member, companies, industries };
    })
    .filter((c) => c.member || c.companies > 0);

  // Links between two different cities: all of them, or those inside the chain.
  const linkRows = chain === null ? facts.links : facts.chainLinks.filter((r) => r[0] === chain).map((r) => r.slice(1));
  const years = [...new Set(linkRows.map((r) => r[2] as number).filter((y) => y !== NO_YEAR))].sort((a, b) => a - b);
  const links = [
    ...sumBy(linkRows, ([from, to, year]) =>
      from === NO_CITY || to === NO_CITY || from === to || !begunSince(year as number, since)
        ? null
        : [from as number, to as number],
    ).values(),
  ]
    .map(({ key, n }) => ({ fromCityId: cityId(key[0] as number), toCityId: cityId(key[1] as number), links: n }))
    .sort(
      (a, b) => b.links - a.links || a.fromCityId.localeCompare(b.fromCityId) || a.toCityId.localeCompare(b.toCityId),
    );

  // Cells of every chain, or of the chosen one: the overview's segment level, and the flow view's nodes.
  const chainSegments = chain === null ? [] : (facts.chains[chain] as { segments: number[] }).segments;
  const inChain = new Set(chainSegments);
  const cells = facts.cells
    .filter(([city, s]) => city !== NO_CITY && (chain === null || inChain.has(s as number)))
    .map(([city, s, n]) => ({
      cityId: cityId(city as number),
      segmentId: segmentId(s as number),
      companies: n as number,
    }));
  if (chain === null) return { industryId: null, since, years, cities, links, segmentIds: [], cells, flows: [] };

  const flows = [
    ...sumBy(facts.flows, ([c, from, u, to, d, year]) =>
      c !== chain || from === NO_CITY || to === NO_CITY || !begunSince(year as number, since)
        ? null
        : [from as number, u as number, to as number, d as number],
    ).values(),
  ]
    .sort((a, b) => b.n - a.n || a.key.join().localeCompare(b.key.join()))
    .map(({ key: [from, u, to, d], n }) => ({
      fromCityId: cityId(from as number),
      fromSegmentId: segmentId(u as number),
      toCityId: cityId(to as number),
      toSegmentId: segmentId(d as number),
      links: n,
    }));
  return {
    industryId: industryId(chain),
    since,
    years,
    cities,
    links,
    segmentIds: chainSegments.map(segmentId),
    cells,
    flows,
  };
}
