/**
 * The dashboard's numbers, chart by chart, from the API's indicators: pure, so each chart's data and its CSV are
 * the same rows (indicatorData.test.ts).
 */
import type { CorridorIndicatorsQuery } from '../__generated__/graphql';
import { csvCell } from '../export/download';

export type Indicators = CorridorIndicatorsQuery['corridorIndicators'];
type CityIndicators = Indicators['cities'][number];
type YearIndicators = CityIndicators['trend'][number];

/** The indicators a city has as a single number, in the table's column order. */
export const TABLE_INDICATORS = [
  'companies',
  'supplyLinks',
  'crossCityLinks',
  'collaborationShare',
  'corridorLinks',
  'outsideLinks',
  'chainCompleteness',
  'singleSourceSegments',
  'alliances',
  'parks',
  'projects',
] as const;
export type TableIndicator = (typeof TABLE_INDICATORS)[number];

/** What has no yearly value: completeness and single sources are of today's graph, parks carry no date. */
type Undated = 'chainCompleteness' | 'singleSourceSegments' | 'parks';
export type TrendIndicator = Exclude<TableIndicator, Undated>;
const UNDATED: readonly string[] = ['chainCompleteness', 'singleSourceSegments', 'parks'] satisfies Undated[];

/** Indicators with a value per year (the share computed from that year's links), in the table's order. */
export const TREND_INDICATORS = TABLE_INDICATORS.filter((k): k is TrendIndicator => !UNDATED.includes(k));

export const isRatio = (k: string) => k === 'collaborationShare' || k === 'chainCompleteness';

/** A value as people read it: ratios in percent with one decimal, counts with separators. */
export function formatValue(k: string, v: number): string {
  return isRatio(k) ? `${(v * 100).toFixed(1)}%` : v.toLocaleString();
}

export const cityValue = (c: CityIndicators, k: TableIndicator): number => c[k];

export function yearValue(y: YearIndicators, k: TrendIndicator): number {
  if (k === 'collaborationShare')
    return y.supplyLinks === 0 ? 0 : Math.round((y.crossCityLinks / y.supplyLinks) * 1e4) / 1e4;
  return y[k];
}

/** Cities by one indicator, highest first (ties by id, for a stable picture). */
export function ranking(data: Indicators, k: TableIndicator): { cityId: string; value: number }[] {
  return data.cities
    .map((c) => ({ cityId: c.city.id, value: cityValue(c, k) }))
    .sort((a, b) => b.value - a.value || a.cityId.localeCompare(b.cityId));
}

/** Per column, each city's value as a share of the column's largest: the heatmap's colour. */
export function tableCells(data: Indicators): { x: number; y: number; norm: number; raw: number }[] {
  return TABLE_INDICATORS.flatMap((k, x) => {
    const max = Math.max(0, ...data.cities.map((c) => cityValue(c, k)));
    return data.cities.map((c, y) => ({ x, y, raw: cityValue(c, k), norm: max > 0 ? cityValue(c, k) / max : 0 }));
  });
}

/** UTF-8 with BOM so spreadsheet apps read Chinese right. */
export function toCsv(rows: (string | number)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function tableCsv(data: Indicators, header: (k: string) => string, city: (id: string) => string): string {
  return toCsv([
    [header('city'), ...TABLE_INDICATORS.map(header)],
    ...data.cities.map((c) => [city(c.city.id), ...TABLE_INDICATORS.map((k) => cityValue(c, k))]),
  ]);
}

export function trendCsv(
  data: Indicators,
  k: TrendIndicator,
  header: (k: string) => string,
  city: (id: string) => string,
): string {
  return toCsv([
    [header('year'), ...data.cities.map((c) => city(c.city.id))],
    ...data.years.map((year, i) => [year, ...data.cities.map((c) => yearValue(c.trend[i] as YearIndicators, k))]),
  ]);
}

export function rankingCsv(
  data: Indicators,
  k: TableIndicator,
  header: (k: string) => string,
  city: (id: string) => string,
): string {
  return toCsv([['#', header('city'), header(k)], ...ranking(data, k).map((r, i) => [i + 1, city(r.cityId), r.value])]);
}

/** Companies per industry and city: the composition chart's stacks. */
export function compositionRows(data: Indicators): {
  industryIds: string[];
  value: (cityIndex: number, industryId: string) => number;
} {
  const industryIds = [...new Set(data.cities.flatMap((c) => c.companiesByIndustry.map((i) => i.industry.id)))].sort();
  const maps = data.cities.map((c) => new Map(c.companiesByIndustry.map((i) => [i.industry.id, i.companies])));
  return { industryIds, value: (ci, id) => maps[ci]?.get(id) ?? 0 };
}

export function compositionCsv(
  data: Indicators,
  header: (k: string) => string,
  city: (id: string) => string,
  industry: (id: string) => string,
): string {
  const { industryIds, value } = compositionRows(data);
  return toCsv([
    [header('city'), ...industryIds.map(industry)],
    ...data.cities.map((c, ci) => [city(c.city.id), ...industryIds.map((id) => value(ci, id))]),
  ]);
}
