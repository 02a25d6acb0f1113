import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../export/download';
import { echarts, type EChartsCoreOption, type EChartsType } from './echarts';

declare global {
  interface Window {
    /** The dashboard's charts by name, for tests reading what was drawn. */
    __charts?: Record<string, EChartsType>;
  }
}

interface Props {
  name: string;
  title: string;
  option: EChartsCoreOption;
  /** The chart's data as CSV (what the export button downloads). */
  csv: () => string;
  height?: number;
  /** Controls shown in the card's header (an indicator choice). */
  controls?: ReactNode;
}

/** A PNG of what the canvas holds: a data URL made into a Blob without fetching it (the CSP allows no data: fetch). */
function pngOf(chart: EChartsType): Blob {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'image/png' });
}

/** One chart of the dashboard with its title, controls and exports (PNG of the chart, CSV of its data). */
export function ChartCard({ name, title, option, csv, height = 360, controls }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    window.__charts = { ...window.__charts, [name]: c };
    const resize = new ResizeObserver(() => c.resize());
    if (box.current) resize.observe(box.current);
    return () => {
      resize.disconnect();
      c.dispose();
      if (window.__charts?.[name] === c) delete window.__charts[name];
    };
  }, [name]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    box.current?.setAttribute('data-drawn', 'true');
  }, [option]);

  return (
    <section className="chart-card" data-testid={`chart-${name}`}>
      <header>
        <h3>{title}</h3>
        {controls}
        <button
          type="button"
          data-testid={`png-${name}`}
          onClick={() => chart.current && download(`${name}.png`, pngOf(chart.current))}
        >
          {t('indicators.exportPng')}
        </button>
        <button
          type="button"
          data-testid={`csv-${name}`}
          onClick={() => download(`${name}.csv`, csv(), 'text/csv;charset=utf-8')}
        >
          {t('indicators.exportCsv')}
        </button>
      </header>
      <div ref={box} className="chart" style={{ height }} />
    </section>
  );
}
