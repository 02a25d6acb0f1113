/**
 * Downloads of the current view: the picture (PNG, SVG) and the visible data (CSV, JSON).
 */
import type { GraphData } from '../graph/toElements';

export function download(name: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
 * before one) gets a leading apostrophe, so opening an export in Excel or WPS never executes a name from the data.
 */
export function csvCell(v: unknown): string {
  const raw = v === null || v === undefined ? '' : String(v);
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Nodes then edges, one table with a `type` column, UTF-8 with BOM so spreadsheet apps read Chinese right. */
export function toCsv(graph: GraphData): string {
  const rows = [
    ['type', 'id', 'kind', 'label', 'labelEn', 'cityId', 'synthetic', 'tier', 'source', 'target'],
    ...graph.nodes.map((n) => ['node', n.id, n.kind, n.label, n.labelEn, n.cityId, n.synthetic, n.tier, '', '']),
    ...graph.edges.map((e) => ['edge', e.id, e.kind, '', '', '', '', '', e.source, e.target]),
  ];
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function toJson(graph: GraphData): string {
  return JSON.stringify(graph, null, 2);
}
