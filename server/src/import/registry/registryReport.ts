/**
 * How `npm run import` reports a registry file: the sheets it read, each refused row as file:sheet:row column:
 * reason, the counts, and the companies it could not place — also written beside the file as
 * `<file>.unplaced.csv` (UTF-8 with a byte-order mark, so Excel opens the Chinese right) for a person to assign.
 */
import { writeFileSync } from 'node:fs';
import type { RegistryReport } from './registry.js';

/** A cell Excel reads as text: quoted when it must be, a leading = + - @ defused (no formula injection). */
const csvCell = (v: string) =>
  /[",\r\n]|^[=+\-@]/.test(v) ? `"${v.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : v;

/** Rows as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends. */
export function excelCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function unplacedCsv(report: RegistryReport): string {
  const rows = [['位置 at', '企业ID company id', '企业名称 name', '原因 reason']];
  for (const u of report.unplaced) rows.push([`${report.file}:${u.at}`, u.companyId, u.name, u.reason]);
  return excelCsv(rows);
}

/** Prints the report; returns false when the file was not imported or rows were left out. */
export function printRegistryReport(report: RegistryReport): boolean {
  if (report.encoding && report.encoding !== 'UTF-8') console.error(`${report.file}: read as ${report.encoding}`);
  for (const s of report.sheets) {
    const unused = s.unusedColumns.length > 0 ? `; columns not used: ${s.unusedColumns.join(', ')}` : '';
    console.log(`${report.file}:${s.sheet}: ${s.rows} rows of ${s.kind}${unused}`);
  }
  for (const p of report.rejected.slice(0, 200)) console.error(`${report.file}:${p.at} ${p.column}: ${p.message}`);
  const errors = report.import?.errors ?? [];
  for (const e of errors.slice(0, 200))
    console.error(`${report.file}:${report.where(e.line)} ${e.field}: ${e.message}`);
  const refused = report.rejected.length + errors.length;
  if (refused > 200) console.error(`… and more: ${refused} problems in all`);
  if (report.unplaced.length > 0) {
    const out = `${report.file}.unplaced.csv`;
    writeFileSync(out, unplacedCsv(report));
    console.log(`${report.unplaced.length} companies could not be placed in a city or chain segment: listed in ${out}`);
  }
  const s = report.import;
  if (!s || !s.written) {
    console.log(`${report.file}: NOT imported (fix the rows above or pass --skip-invalid)`);
    return false;
  }
  console.log(
    `${report.file}: imported with industry codes ${report.codesVersion}; records ${s.rows}, created ${s.created}, ` +
      `updated ${s.updated}, unchanged ${s.unchanged}, unplaced ${report.unplaced.length}, ` +
      `rejected ${report.rejected.length + s.invalid}, ${(s.ms / 1000).toFixed(1)} s`,
  );
  return refused === 0;
}
