import { basename } from 'node:path';
/**
 * A registry spreadsheet (企业名录, and supply lists from surveys) as import records. Read twice: a first pass
 * recognises each sheet's columns, checks every row and settles each company's id — from its unified social credit
 * code (`company:<code>`, so the same company met again is updated, never duplicated), else from a company of the
 * same exact name in the file or the graph; the second pass, run by the importer as often as it needs, turns rows
 * into records: the company, LOCATED_IN its corridor city (place.ts), OPERATES_IN the segments its industry code or
 * its 产业链环节 column names (industryCodes.ts), IN_PARK, and SUPPLIES for supply rows. Every problem is named by
 * file:sheet:row and column; companies that could not be placed are listed for a person to assign.
 */
import { usccProblem } from '@g60/graph-schema';
import type { ImportStore } from '../import.store.js';
import { importSource, type ImportProgress, type ImportSummary } from '../importer.js';
import { newChangeSet } from '../../revisions/index.js';
import { ParseError, type RawRecord } from '../parse.js';
import type { RecordSource } from '../source.js';
import { detectColumns, type Columns, type Field, type Mapping } from './columns.js';
import { loadIndustryCodes, type IndustryCodes } from './industryCodes.js';
import { PlaceResolver } from './place.js';
import type { RegistryStore } from './registry.store.js';
import { openRows, type SheetRow } from './rows.js';

export interface RegistryProblem {
  /** `sheet:row` */
  at: string;
  column: string;
  message: string;
}

export interface Unplaced {
  at: string;
  companyId: string;
  name: string;
  /** What is missing: the city, the chain segment, or both, and why. */
  reason: string;
}

export interface RegistryReport {
  file: string;
  encoding?: string;
  sheets: {
    sheet: string;
    kind: string;
    rows: number;
    unusedColumns: string[];
    /** The header row, and which header each recognised field was read from. */
    headers?: readonly string[];
    columns?: Partial<Record<Field, string>>;
  }[];
  /** Rows refused before anything was written (a bad code, a company that cannot be identified, …). */
  rejected: RegistryProblem[];
  unplaced: Unplaced[];
  import?: ImportSummary;
  /** The industry-code table's version used. */
  codesVersion: string;
  /** `sheet:row` of a line in the import's messages. */
  where: (line: number) => string;
}

export interface RegistryOptions {
  mapping?: Mapping;
  /** Write the good rows when some are bad (the bad ones are reported and left out). */
  skipInvalid?: boolean;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  codes?: IndustryCodes;
  /** Who imports (an API key's id over HTTP; `cli` from the command line): recorded with the change set. */
  actor?: string;
}

/**
 * Rows' positions as import lines: sheet index × 10^7 + row, so the importer's messages (which know lines only)
 * can be turned back into `sheet:row`.
 */
const LINE_BASE = 10_000_000;
const MAX_SHEETS = 200;

interface Sheet {
  name: string;
  columns: Columns | null;
  rows: number;
  /** The header row, also of a sheet whose columns could not be recognised (so a mapping can name them). */
  headers: readonly string[];
}

const idOfCode = (code: string) => `company:${code.toLowerCase()}`;

const SUPPLY_ENDS = [
  { name: 'supplier', code: 'supplierCode', label: '供应商' },
  { name: 'customer', code: 'customerCode', label: '客户' },
] as const;

export class Registry {
  private readonly sheets: Sheet[] = [];
  /** Each company row's settled id, by its line. */
  private readonly idOfLine = new Map<number, string>();
  /** Companies of the file by exact name, for rows without a code and for supply rows. */
  private readonly idByName = new Map<string, string>();
  readonly rejected: RegistryProblem[] = [];
  readonly unplaced: Unplaced[] = [];
  private readonly rejectedLines = new Set<number>();
  private placedOnce = false;

  private constructor(
    readonly file: string,
    private readonly rows: () => AsyncIterable<SheetRow>,
    readonly encoding: string | undefined,
    private readonly places: PlaceResolver,
    private readonly segmentsByName: Map<string, { id: string; industry: string | null }[]>,
    private readonly parksByName: Map<string, string>,
    readonly codes: IndustryCodes,
    private readonly mapping: Mapping,
  ) {}

  static async open(store: RegistryStore, file: string, options: RegistryOptions = {}): Promise<Registry> {
    const { rows, encoding } = await openRows(file);
    const { cities, segments, parks } = await store.names();
    const segmentsByName = new Map<string, { id: string; industry: string | null }[]>();
    for (const s of segments) segmentsByName.set(s.nameZh, [...(segmentsByName.get(s.nameZh) ?? []), s]);
    const parksByName = new Map(parks.flatMap((p) => p.names.map((n) => [n, p.id] as const)));
    const registry = new Registry(
      file,
      rows,
      encoding,
      new PlaceResolver(cities),
      segmentsByName,
      parksByName,
      options.codes ?? loadIndustryCodes(),
      options.mapping ?? {},
    );
    await registry.settle(store, options.onProgress ?? (() => {}));
    return registry;
  }

  /** `sheet:row` of an import line. */
  where = (line: number): string => {
    const sheet = this.sheets[Math.floor(line / LINE_BASE)]?.name ?? '?';
    return `${sheet}:${line % LINE_BASE}`;
  };

  /** Rows with their sheet's columns, the header rows consumed. */
  private async *dataRows(): AsyncGenerator<{ line: number; at: string; columns: Columns; cells: string[] }> {
    let current = '';
    let index = -1;
    for await (const { sheet, row, cells } of this.rows()) {
      if (sheet !== current) {
        current = sheet;
        index++;
        // Lines are sheet × 10^7 + row and must stay 32-bit integers (the importer's duplicate check keeps them so).
        if (index >= MAX_SHEETS)
          throw new ParseError(`${this.file}: more than ${MAX_SHEETS} sheets; split the workbook`);
        if (!this.sheets[index]) {
          const detected = detectColumns(cells, this.mapping);
          this.sheets[index] = {
            name: sheet,
            columns: typeof detected === 'string' ? null : detected,
            rows: 0,
            headers: cells,
          };
          if (typeof detected === 'string')
            this.rejected.push({ at: `${sheet}:${row}`, column: '(header)', message: detected });
        }
        continue;
      }
      const columns = this.sheets[index]?.columns;
      if (!columns || cells.every((c) => c === '')) continue;
      yield { line: index * LINE_BASE + row, at: `${sheet}:${row}`, columns, cells };
    }
  }

  /**
   * The first pass: every row checked, every company's id settled. Supply rows are checked in the same pass; only
   * when one names a company neither the file nor the graph knows is the file read again, to say which rows.
   */
  private async settle(store: RegistryStore, progress: (p: ImportProgress) => void): Promise<void> {
    const unnamed: { line: number; at: string; name: string }[] = [];
    const supplyNames = new Set<string>();
    let read = 0;
    for await (const { line, at, columns, cells } of this.dataRows()) {
      const sheet = this.sheets[Math.floor(line / LINE_BASE)];
      if (sheet) sheet.rows++;
      if (++read % 10_000 === 0) progress({ phase: 'read', done: read });
      const get = cellOf(columns, cells);
      if (columns.kind === 'supplies') {
        for (const end of SUPPLY_ENDS) {
          const code = get(end.code).toUpperCase();
          const problem = code ? usccProblem(code) : null;
          if (problem) this.reject(line, { at, column: header(columns, end.code), message: problem });
          else if (!code && !get(end.name)) {
            this.reject(line, { at, column: end.label, message: `no ${end.label} given` });
          } else if (!code) supplyNames.add(get(end.name));
        }
        continue;
      }
      const name = get('name');
      const code = get('uscc').toUpperCase();
      if (!name) {
        this.reject(line, { at, column: header(columns, 'name'), message: 'no company name' });
      } else if (code) {
        const problem = usccProblem(code);
        if (problem) this.reject(line, { at, column: header(columns, 'uscc'), message: problem });
        else {
          this.idOfLine.set(line, idOfCode(code));
          if (!this.idByName.has(name)) this.idByName.set(name, idOfCode(code));
        }
      } else unnamed.push({ line, at, name });
    }
    // Companies named without a code: the company of that exact name, in this file or already in the graph.
    const needed = [...new Set([...unnamed.map((u) => u.name), ...supplyNames])].filter((n) => !this.idByName.has(n));
    for (const c of await store.companiesNamed(needed)) {
      if (!this.idByName.has(c.nameZh)) this.idByName.set(c.nameZh, c.id);
    }
    for (const u of unnamed) {
      const id = this.idByName.get(u.name);
      if (id) this.idOfLine.set(u.line, id);
      else {
        this.reject(u.line, {
          at: u.at,
          column: '统一社会信用代码',
          message: `no credit code, and no company named "${u.name}" in this file or the graph`,
        });
      }
    }
    if ([...supplyNames].some((n) => !this.idByName.has(n))) await this.rejectUnknownSupplyEnds();
  }

  /** Supply rows naming a company nobody knows: rejected before anything is written. */
  private async rejectUnknownSupplyEnds(): Promise<void> {
    for await (const { line, at, columns, cells } of this.dataRows()) {
      if (columns.kind !== 'supplies' || this.rejectedLines.has(line)) continue;
      const get = cellOf(columns, cells);
      for (const end of SUPPLY_ENDS) {
        const name = get(end.name);
        if (!get(end.code) && name && !this.idByName.has(name)) {
          this.reject(line, {
            at,
            column: columns.at[end.name] === undefined ? end.label : header(columns, end.name),
            message: `no company named "${name}" in this file or the graph`,
          });
        }
      }
    }
  }

  private reject(line: number, problem: RegistryProblem): void {
    this.rejected.push(problem);
    this.rejectedLines.add(line);
  }

  /** Whether every company sheet comes before every supply sheet: then each link follows its ends. */
  companiesBeforeSupplies(): boolean {
    const kinds = this.sheets.map((s) => s.columns?.kind);
    const lastCompanies = kinds.lastIndexOf('companies');
    const firstSupplies = kinds.indexOf('supplies');
    return firstSupplies < 0 || lastCompanies < firstSupplies;
  }

  /** What was found so far: the sheets, refused rows and unplaced companies (the import's summary is added later). */
  report(): RegistryReport {
    return {
      file: this.file,
      encoding: this.encoding,
      sheets: this.sheetSummary(),
      rejected: this.rejected,
      unplaced: this.unplaced,
      codesVersion: this.codes.version,
      where: this.where,
    };
  }

  private sheetSummary(): RegistryReport['sheets'] {
    return this.sheets.map((s) => ({
      sheet: s.name,
      kind: s.columns?.kind ?? 'unreadable',
      rows: s.rows,
      unusedColumns: s.columns?.unused ?? [],
      headers: s.headers,
      columns: Object.fromEntries(
        Object.entries(s.columns?.at ?? {}).map(([field, i]) => [field, s.columns?.headers[i] ?? '']),
      ),
    }));
  }

  /** The records of the rows, for the importer (which reads them once per pass). */
  source(): RecordSource {
    return { name: this.file, records: () => this.records() };
  }

  private async *records(): AsyncGenerator<RawRecord> {
    // Unplaced companies are listed from the first pass over the records only.
    const listing = !this.placedOnce;
    this.placedOnce = true;
    for await (const { line, at, columns, cells } of this.dataRows()) {
      if (this.rejectedLines.has(line)) continue;
      const get = cellOf(columns, cells);
      const out = columns.kind === 'companies' ? this.companyRecords(line, at, get, listing) : this.supplyRecords(get);
      for (const value of out) yield { line, value };
    }
  }

  private companyRecords(
    line: number,
    at: string,
    get: (f: Field) => string,
    listing: boolean,
  ): Record<string, unknown>[] {
    const id = this.idOfLine.get(line);
    if (!id) return [];
    const name = get('name');
    const code = get('uscc').toUpperCase();
    const company: Record<string, unknown> = { kind: 'Company', id, nameZh: name };
    if (code) company.uscc = code;
    const founded = dateOf(get('founded'));
    if (founded) company.founded = founded;
    const listed = yesNo(get('listed'));
    if (listed !== undefined) company.listed = listed;
    const records: Record<string, unknown>[] = [company];

    const missing: string[] = [];
    const place = this.places.resolve({ city: get('city'), district: get('district'), address: get('address') });
    if (place && 'cityId' in place) records.push({ kind: 'LOCATED_IN', from: id, to: place.cityId });
    else
      missing.push(
        place
          ? `city: ${place.outside} is outside the corridor's cities`
          : 'city: no city, district or address names one',
      );

    const segments = this.segmentsOf(get('segment'), get('chain'), get('industryCode'));
    for (const s of segments.ids) records.push({ kind: 'OPERATES_IN', from: id, to: s });
    if (segments.ids.length === 0) missing.push(`segment: ${segments.why}`);

    const park = get('park');
    const parkId = park ? this.parksByName.get(park) : undefined;
    if (parkId) records.push({ kind: 'IN_PARK', from: id, to: parkId });
    else if (park) missing.push(`park: no park named "${park}"`);

    if (listing && missing.length > 0) this.unplaced.push({ at, companyId: id, name, reason: missing.join('; ') });
    return records;
  }

  private segmentsOf(segment: string, chain: string, code: string): { ids: string[]; why: string } {
    if (segment) {
      const named = (this.segmentsByName.get(segment) ?? []).filter((s) => !chain || s.industry === chain);
      if (named.length > 0) return { ids: named.map((s) => s.id), why: '' };
      return { ids: [], why: `no chain segment named "${segment}"${chain ? ` in ${chain}` : ''}` };
    }
    if (!code) return { ids: [], why: 'no industry code or chain segment given' };
    const mapped = this.codes.segmentsOf(code);
    if (mapped === undefined) return { ids: [], why: `industry code ${code} is not in the mapping table` };
    return { ids: mapped, why: `industry code ${code} maps to no chain segment` };
  }

  private supplyRecords(get: (f: Field) => string): Record<string, unknown>[] {
    const end = (name: Field, code: Field) => {
      const c = get(code).toUpperCase();
      return c ? idOfCode(c) : this.idByName.get(get(name));
    };
    // Rows whose ends cannot be identified were rejected in the first pass and never reach here.
    const from = end('supplier', 'supplierCode');
    const to = end('customer', 'customerCode');
    if (!from || !to) return [];
    const link: Record<string, unknown> = { kind: 'SUPPLIES', from, to };
    const product = get('product');
    if (product) link.product = product;
    const since = dateOf(get('since'));
    if (since) link.since = since;
    return [link];
  }
}

function cellOf(columns: Columns, cells: string[]): (field: Field) => string {
  return (field) => {
    const i = columns.at[field];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
}

/** The column's header as written in the sheet, for messages; the field's own name when it has no column. */
function header(columns: Columns, field: Field): string {
  const i = columns.at[field];
  return i === undefined ? field : (columns.headers[i] ?? field);
}

/** 2010-05-01, 2010/5/1, 2010年5月1日, 2010.05, 2010 → a partial ISO date; anything else dropped. */
export function dateOf(text: string): string | undefined {
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
}

function yesNo(text: string): boolean | undefined {
  if (/^(是|已上市|上市|y|yes|true|1)$/i.test(text)) return true;
  if (/^(否|未上市|非上市|n|no|false|0)$/i.test(text)) return false;
  return undefined;
}

/**
 * What an import of the file would do, without writing: its sheets and recognised columns, every refused row and
 * every company it could not place (one more read of the file to place them).
 */
export async function previewRegistry(
  store: RegistryStore,
  file: string,
  options: RegistryOptions = {},
): Promise<RegistryReport> {
  const registry = await Registry.open(store, file, options);
  for await (const _ of registry.source().records()) {
    // Reading the records lists the unplaced companies.
  }
  return registry.report();
}

/** What a registry import reads through (the names) and writes through (the importer's batches). */
export interface RegistryStores {
  registry: RegistryStore;
  import: ImportStore;
}

/** The whole path: open, check, import (unless rows were rejected and skipInvalid is off), report. */
export async function importRegistry(
  stores: RegistryStores,
  file: string,
  options: RegistryOptions = {},
): Promise<RegistryReport> {
  const registry = await Registry.open(stores.registry, file, options);
  const report = registry.report();
  if (registry.rejected.length > 0 && !options.skipInvalid) return report;
  report.import = await importSource(stores.import, registry.source(), {
    batchSize: options.batchSize,
    skipInvalid: options.skipInvalid,
    onProgress: options.onProgress,
    where: registry.where,
    merge: true,
    ordered: registry.companiesBeforeSupplies(),
    changeSet: newChangeSet(`registry:${basename(file)}`, options.actor ?? 'system'),
  });
  return report;
}
