/**
 * The corridor's indicators of innovation, collaboration and sharing (创新协作共享), per member city and per year,
 * from the kept aggregates. Definitions in docs/overview.md, "Indicators"; every number here is a count or a
 * ratio of counts the test suite recomputes by hand on a small graph.
 */
import { NO_CITY, NO_YEAR, type CorridorFacts } from './corridorFacts.js';
import type { IndustryCountResult } from './overview.js';

export interface CityYearIndicators {
  year: number;
  companies: number;
  supplyLinks: number;
  crossCityLinks: number;
  corridorLinks: number;
  outsideLinks: number;
  alliances: number;
  projects: number;
}

export interface CompletenessResult {
  industryId: string;
  coveredSegments: number;
  segments: number;
  ratio: number;
}

export interface CityIndicatorsResult {
  cityId: string;
  companies: number;
  companiesByIndustry: IndustryCountResult[];
  supplyLinks: number;
  crossCityLinks: number;
  collaborationShare: number;
  corridorLinks: number;
  outsideLinks: number;
  completeness: CompletenessResult[];
  chainCompleteness: number;
  singleSourceSegments: number;
  alliances: number;
  parks: number;
  projects: number;
  trend: CityYearIndicators[];
}

export interface IndicatorsAnswer {
  years: number[];
  cities: CityIndicatorsResult[];
}

/** Counts as of the end of `year` (things that began in it or before); `null`: all, the undated too. */
type AsOf = number | null;
const by = (year: number, asOf: AsOf) => asOf === null || (year !== NO_YEAR && year <= asOf);
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

export function indicatorsOf(facts: CorridorFacts, years: number[]): IndicatorsAnswer {
  const members = facts.cities.flatMap((c, i) => (c.member ? [i] : []));
  const isMember = (i: number) => i !== NO_CITY && (facts.cities[i] as { member: boolean }).member;

  // n(s, c) over member cities: a segment's corridor total says whether it is single-source.
  const cell = new Map<string, number>();
  const corridorTotal = new Map<number, number>();
  for (const [city, s, n] of facts.cells) {
    if (!isMember(city as number)) continue;
    cell.set(`${city},${s}`, n as number);
    corridorTotal.set(s as number, (corridorTotal.get(s as number) ?? 0) + (n as number));
  }

  const linksOf = (city: number, asOf: AsOf) => {
    let supply = 0;
    let cross = 0;
    let corridor = 0;
    for (const [from, to, year, n] of facts.links) {
      if ((from !== city && to !== city) || !by(year as number, asOf)) continue;
      const other = (from === city ? to : from) as number;
      supply += n as number;
      if (isMember(other)) corridor += n as number;
      if (isMember(other) && other !== city) cross += n as number;
    }
    return { supplyLinks: supply, crossCityLinks: cross, corridorLinks: corridor, outsideLinks: supply - corridor };
  };
  const count = (rows: number[][], city: number, asOf: AsOf, col: number) =>
    rows.reduce((s, r) => (r[0] === city && by(r[col] as number, asOf) ? s + (r.at(-1) as number) : s), 0);
  const institutions = (kind: number, city: number, asOf: AsOf) =>
    count(
      facts.institutions.filter((r) => r[0] === kind).map((r) => r.slice(1)),
      city,
      asOf,
      1,
    );

  const cities = members.map((city): CityIndicatorsResult => {
    const byIndustry = new Map<number, number>();
    for (const [c, chain, , n] of facts.chainCompanies) {
      if (c === city) byIndustry.set(chain as number, (byIndustry.get(chain as number) ?? 0) + (n as number));
    }
    // Industries without a chain template (no segments) have nothing to complete.
    const completeness = facts.chains
      .filter((chain) => chain.segments.length > 0)
      .map((chain): CompletenessResult => {
        const covered = chain.segments.filter((s) => (cell.get(`${city},${s}`) ?? 0) > 0).length;
        return {
          industryId: chain.industryId,
          coveredSegments: covered,
          segments: chain.segments.length,
          ratio: ratio(covered, chain.segments.length),
        };
      });
    const all = linksOf(city, null);
    return {
      cityId: (facts.cities[city] as { id: string }).id,
      companies: count(facts.companies, city, null, 1),
      companiesByIndustry: [...byIndustry]
        .map(([chain, n]) => ({ industryId: (facts.chains[chain] as { industryId: string }).industryId, companies: n }))
        .sort((a, b) => b.companies - a.companies || a.industryId.localeCompare(b.industryId)),
      ...all,
      collaborationShare: ratio(all.crossCityLinks, all.supplyLinks),
      completeness,
      chainCompleteness: ratio(
        completeness.reduce((s, c) => s + c.coveredSegments, 0),
        completeness.reduce((s, c) => s + c.segments, 0),
      ),
      singleSourceSegments: facts.segments.filter(
        (_, s) => corridorTotal.get(s) === 1 && (cell.get(`${city},${s}`) ?? 0) === 1,
      ).length,
      alliances: institutions(0, city, null),
      parks: institutions(1, city, null),
      projects: institutions(2, city, null),
      trend: years.map((year) => ({
        year,
        companies: count(facts.companies, city, year, 1),
        ...linksOf(city, year),
        alliances: institutions(0, city, year),
        projects: institutions(2, city, year),
      })),
    };
  });
  return { years, cities };
}

/** The default span of the trend: the `span` years up to the latest year anything began in. */
export function latestYear(facts: CorridorFacts): number {
  let latest = NO_YEAR;
  for (const r of facts.links) latest = Math.max(latest, r[2] as number);
  for (const r of facts.institutions) latest = Math.max(latest, r[2] as number);
  return latest === NO_YEAR ? new Date().getFullYear() : latest;
}
