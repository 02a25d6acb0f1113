/**
 * The indicators dashboard (指标看板): the member cities' indicators of innovation, collaboration and sharing as
 * ECharts charts — a city × indicator table, a trend, a ranking and the industry mix — each exportable as PNG and
 * its data as CSV, in the page's language.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query';
import { useCities, useIndustries } from '../api/useCorridor';
import { cityColor, industryColor } from '../graph/palette';
import { useName } from '../i18n';
import { ChartCard } from './ChartCard';
import type { EChartsCoreOption } from './echarts';
import {
  compositionCsv,
  compositionRows,
  formatValue,
  isRatio,
  ranking,
  rankingCsv,
  TABLE_INDICATORS,
  tableCells,
  tableCsv,
  TREND_INDICATORS,
  trendCsv,
  yearValue,
  type Indicators,
  type TableIndicator,
  type TrendIndicator,
} from './indicatorData';
import { CorridorIndicatorsDocument } from './indicators.documents';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", sans-serif';
/** What every chart shares: the CJK font, and no animation (a chart is read, or exported, at once). */
const BASE = { textStyle: { fontFamily: FONT }, animation: false };

export function IndicatorsView() {
  const { t } = useTranslation();
  const answer = useApiQuery(CorridorIndicatorsDocument, {});
  const data = answer.data?.corridorIndicators;
  return (
    <div className="indicators" data-testid="indicators">
      <h2>{t('indicators.title')}</h2>
      <p className="hint">{t('indicators.note')}</p>
      {answer.isPending && <div className="banner">{t('indicators.loading')}</div>}
      {answer.isError && <div className="banner error">{answer.error.message}</div>}
      {data && <Charts data={data} />}
    </div>
  );
}

function Charts({ data }: { data: Indicators }) {
  const { t } = useTranslation();
  const { name } = useName();
  const cities = useCities();
  const industries = useIndustries();
  const [trendOf, setTrendOf] = useState<TrendIndicator>('crossCityLinks');
  const [rankOf, setRankOf] = useState<TableIndicator>('collaborationShare');

  const cityName = useMemo(() => {
    const names = new Map(cities.map((c) => [c.id, name(c)]));
    return (id: string) => names.get(id) ?? id;
  }, [cities, name]);
  const industryName = useMemo(() => {
    const names = new Map(industries.map((i) => [i.id, name(i)]));
    return (id: string) => names.get(id) ?? id;
  }, [industries, name]);
  const header = useCallback(
    (k: string) => (k === 'city' || k === 'year' ? t(`indicators.${k}`) : t(`indicators.names.${k as TableIndicator}`)),
    [t],
  );

  const table = useMemo((): EChartsCoreOption => {
    const cells = tableCells(data);
    return {
      ...BASE,
      tooltip: {
        formatter: (p: { data: { raw: number; value: number[] } }) =>
          formatValue(TABLE_INDICATORS[p.data.value[0] as number] as string, p.data.raw),
      },
      grid: { left: 90, right: 20, top: 10, bottom: 90 },
      xAxis: { type: 'category', data: TABLE_INDICATORS.map(header), axisLabel: { rotate: 35, interval: 0 } },
      yAxis: { type: 'category', data: data.cities.map((c) => cityName(c.city.id)), inverse: true },
      visualMap: { show: false, min: 0, max: 1, dimension: 2, inRange: { color: ['#f7fbff', '#6baed6', '#08519c'] } },
      series: [
        {
          type: 'heatmap',
          data: cells.map((c) => ({ value: [c.x, c.y, c.norm], raw: c.raw })),
          label: {
            show: true,
            formatter: (p: { data: { raw: number; value: number[] } }) =>
              formatValue(TABLE_INDICATORS[p.data.value[0] as number] as string, p.data.raw),
          },
        },
      ],
    };
  }, [data, cityName, header]);

  const trend = useMemo(
    (): EChartsCoreOption => ({
      ...BASE,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 60, right: 20, top: 20, bottom: 50 },
      xAxis: { type: 'category', data: data.years.map(String) },
      yAxis: {
        type: 'value',
        axisLabel: isRatio(trendOf) ? { formatter: (v: number) => `${Math.round(v * 100)}%` } : {},
      },
      series: data.cities.map((c) => ({
        type: 'line',
        name: cityName(c.city.id),
        data: c.trend.map((y) => yearValue(y, trendOf)),
        itemStyle: { color: cityColor(c.city.id) },
        showSymbol: false,
      })),
    }),
    [data, trendOf, cityName],
  );

  const ranked = useMemo((): EChartsCoreOption => {
    const rows = ranking(data, rankOf);
    return {
      ...BASE,
      tooltip: {},
      grid: { left: 90, right: 70, top: 10, bottom: 20 },
      xAxis: {
        type: 'value',
        axisLabel: isRatio(rankOf) ? { formatter: (v: number) => `${Math.round(v * 100)}%` } : {},
      },
      yAxis: { type: 'category', data: rows.map((r) => cityName(r.cityId)), inverse: true },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({ value: r.value, itemStyle: { color: cityColor(r.cityId) } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => formatValue(rankOf, p.value) },
        },
      ],
    };
  }, [data, rankOf, cityName]);

  const composition = useMemo((): EChartsCoreOption => {
    const { industryIds, value } = compositionRows(data);
    const colourIndex = new Map(industries.filter((i) => i.segments.length > 0).map((i, k) => [i.id, k]));
    return {
      ...BASE,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 90, right: 20, top: 10, bottom: 50 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.cities.map((c) => cityName(c.city.id)), inverse: true },
      series: industryIds.map((id) => ({
        type: 'bar',
        stack: 'companies',
        name: industryName(id),
        data: data.cities.map((_, ci) => value(ci, id)),
        itemStyle: { color: industryColor(colourIndex.get(id) ?? -1) },
      })),
    };
  }, [data, cityName, industryName, industries]);

  return (
    <div className="chart-grid">
      <ChartCard
        name="table"
        title={t('indicators.table')}
        option={table}
        height={420}
        csv={() => tableCsv(data, header, cityName)}
      />
      <ChartCard
        name="trend"
        title={t('indicators.trend')}
        option={trend}
        csv={() => trendCsv(data, trendOf, header, cityName)}
        controls={
          <IndicatorChoice
            testId="trend-indicator"
            value={trendOf}
            of={TREND_INDICATORS}
            onChange={setTrendOf}
            label={header}
          />
        }
      />
      <ChartCard
        name="ranking"
        title={t('indicators.ranking')}
        option={ranked}
        csv={() => rankingCsv(data, rankOf, header, cityName)}
        controls={
          <IndicatorChoice
            testId="ranking-indicator"
            value={rankOf}
            of={TABLE_INDICATORS}
            onChange={setRankOf}
            label={header}
          />
        }
      />
      <ChartCard
        name="composition"
        title={t('indicators.composition')}
        option={composition}
        csv={() => compositionCsv(data, header, cityName, industryName)}
      />
    </div>
  );
}

/** Which indicator a chart shows. */
function IndicatorChoice<K extends string>(props: {
  testId: string;
  value: K;
  of: readonly K[];
  onChange: (k: K) => void;
  label: (k: K) => string;
}) {
  return (
    <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value as K)}>
      {props.of.map((k) => (
        <option key={k} value={k}>
          {props.label(k)}
        </option>
      ))}
    </select>
  );
}
