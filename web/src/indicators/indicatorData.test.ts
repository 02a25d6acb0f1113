import { describe, expect, it } from 'vitest';
import {
  compositionCsv,
  formatValue,
  ranking,
  rankingCsv,
  tableCells,
  trendCsv,
  yearValue,
  type Indicators,
} from './indicatorData';

const year = (y: number, supplyLinks: number, crossCityLinks: number) => ({
  year: y,
  companies: 0,
  supplyLinks,
  crossCityLinks,
  corridorLinks: supplyLinks,
  outsideLinks: 0,
  alliances: 0,
  projects: 0,
});
const city = (id: string, companies: number, share: number, byIndustry: [string, number][]) => ({
  city: { id },
  companies,
  companiesByIndustry: byIndustry.map(([i, n]) => ({ industry: { id: i }, companies: n })),
  supplyLinks: 10,
  crossCityLinks: share * 10,
  collaborationShare: share,
  corridorLinks: 10,
  outsideLinks: 0,
  chainCompleteness: 0.5,
  singleSourceSegments: 0,
  alliances: 0,
  parks: 0,
  projects: 0,
  trend: [year(2019, 0, 0), year(2020, 4, 3)],
});
const data: Indicators = {
  years: [2019, 2020],
  cities: [
    city('city:a', 5, 0.5, [['industry:x', 5]]),
    city('city:b', 10, 0.5, [
      ['industry:y', 4],
      ['industry:x', 6],
    ]),
  ],
};
const header = (k: string) => k;
const name = (id: string) => id.slice(5);

describe('indicator data', () => {
  it('ranks cities highest first, ties by id', () => {
    expect(ranking(data, 'companies').map((r) => r.cityId)).toEqual(['city:b', 'city:a']);
    expect(ranking(data, 'collaborationShare').map((r) => r.cityId)).toEqual(['city:a', 'city:b']);
  });

  it('colours the table per column, against the column’s largest value', () => {
    const companies = tableCells(data).filter((c) => c.x === 0);
    expect(companies.map((c) => [c.raw, c.norm])).toEqual([
      [5, 0.5],
      [10, 1],
    ]);
  });

  it('computes a year’s collaboration share from that year’s links, 0 without links', () => {
    const trend = data.cities[0]?.trend ?? [];
    expect(trend.map((y) => yearValue(y, 'collaborationShare'))).toEqual([0, 0.75]);
  });

  it('writes each chart’s rows as CSV with a BOM, numbers as they are', () => {
    expect(trendCsv(data, 'supplyLinks', header, name)).toBe('\uFEFFyear,a,b\n2019,0,0\n2020,4,4\n');
    expect(rankingCsv(data, 'companies', header, name)).toBe('\uFEFF#,city,companies\n1,b,10\n2,a,5\n');
    expect(compositionCsv(data, header, name, (id) => id)).toBe('\uFEFFcity,industry:x,industry:y\na,5,0\nb,6,4\n');
  });

  it('shows ratios in percent and counts with separators', () => {
    expect(formatValue('collaborationShare', 0.7)).toBe('70.0%');
    expect(formatValue('companies', 12345)).toBe((12345).toLocaleString());
  });
});
