/**
 * Validated records, one at a time, into the CSV files of Neo4j's offline importer (`neo4j-admin database import
 * full`), with the checks a load into an empty database needs beyond each record's own: every link's ends were
 * given before it, and an id or a link given twice — in one file or across files — is an error, not an update.
 *
 * It streams: scale XL (11M records) passes through in constant memory apart from one number per node id and a
 * PairTable entry per link. Each label and type gets its files in parts; a part's typed header lists the columns
 * seen so far, and a record with a new property starts the next part (the importer takes several files per label,
 * each with its own header). Types follow what the online import stores, so both paths give the same graph:
 * numbers as floats (the driver sends every JavaScript number as a float), booleans, strings and string arrays.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { isNodeLabel, labelOfId, type ImportRecord, type NodeLabel, type RelType } from '@g60/graph-schema';
import { PairTable } from '@g60/graph-schema/pair-table';
import { nodeProps, relProps } from '../importer.js';

type ColumnType = 'string' | 'float' | 'boolean' | 'string[]';
type Column = { key: string; type: ColumnType };

export interface BulkRecordError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface BulkFiles {
  nodes: { label: NodeLabel; file: string; rows: number }[];
  relationships: { type: RelType; file: string; rows: number }[];
  arrayDelimiter: string;
  /** Some value holds a line break: the importer must read multi-line fields (slower). */
  multiline: boolean;
  /** Array properties given empty somewhere: the importer cannot store an empty array (see emptyArrays.ts). */
  emptyArrays: EmptyArrays;
}

/** Per label and per relationship type, the array properties to set to [] where the importer left them out. */
export interface EmptyArrays {
  nodes: { label: NodeLabel; key: string }[];
  relationships: { type: RelType; key: string }[];
}

/** Array delimiters to choose from: the first that no array element contains. */
const DELIMITERS = [';', '|', '¦', '\u001f'];

/** For records held in memory: the first delimiter none of their array elements contains. */
export function chooseArrayDelimiter(records: Iterable<ImportRecord>): string {
  const used = new Set<string>();
  for (const record of records) {
    for (const value of Object.values(record)) {
      if (Array.isArray(value))
        for (const v of value) for (const d of DELIMITERS) if (String(v).includes(d)) used.add(d);
    }
  }
  const delimiter = DELIMITERS.find((d) => !used.has(d));
  if (!delimiter) throw new Error('every array delimiter the bulk import can use occurs in the data');
  return delimiter;
}

/** Where each node and link was first given, two typed arrays long: what "given already at" messages quote. */
class Origins {
  private files: string[] = [];
  private fileOf: Uint16Array = new Uint16Array(1024);
  private lineOf: Uint32Array = new Uint32Array(1024);
  private count = 0;

  add(file: string, line: number): number {
    let f = this.files.lastIndexOf(file);
    if (f < 0) f = this.files.push(file) - 1;
    if (this.count === this.lineOf.length) {
      const fileOf = new Uint16Array(this.count * 2);
      fileOf.set(this.fileOf);
      this.fileOf = fileOf;
      const lineOf = new Uint32Array(this.count * 2);
      lineOf.set(this.lineOf);
      this.lineOf = lineOf;
    }
    this.fileOf[this.count] = f;
    this.lineOf[this.count] = line;
    return this.count++;
  }

  at(n: number): string {
    return `${this.files[this.fileOf[n] ?? 0]}:${this.lineOf[n]}`;
  }
}

interface Part {
  file: string;
  columns: Column[];
  keys: Set<string>;
  out: WriteStream;
  /** Rows are joined here and written 64 KiB at a time: one write call per row would cost more than the rows. */
  pending: string;
  rows: number;
}

const quote = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

function typeOf(value: unknown): ColumnType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** How many errors are kept with their place; past that only counted (a wrong file can have millions). */
const KEPT_ERRORS = 1_000;

export class BulkCsvWriter {
  /** The first errors, with their place; `errorCount` counts them all. */
  readonly errors: BulkRecordError[] = [];
  errorCount = 0;
  private readonly nodeNumber = new Map<string, number>();
  private readonly nodeOrigins = new Origins();
  private readonly linkOrigins = new Origins();
  private readonly links = new Map<RelType, PairTable>();
  private readonly parts = new Map<NodeLabel | RelType, Part>();
  /** Parts are per label or relationship type: one name space, the two never share a name. */
  private readonly closed: { kind: NodeLabel | RelType; file: string; rows: number }[] = [];
  private readonly closing: Promise<void>[] = [];
  private partsMade = 0;
  /** Per label or type, the array properties some record gave empty. */
  private readonly emptyArrays = new Map<NodeLabel | RelType, Set<string>>();
  private multiline = false;

  constructor(
    private readonly dir: string,
    private readonly arrayDelimiter = DELIMITERS[0] as string,
  ) {}

  /**
   * Checks the record against what came before and writes it; a record with an error is left out. Nodes must
   * come before the links to them. Call `drain()` now and then: writes are buffered, not awaited.
   */
  add(record: ImportRecord, file: string, line: number): void {
    if ('id' in record) {
      const first = this.nodeNumber.get(record.id);
      if (first !== undefined) {
        this.reject({
          file,
          line,
          field: 'id',
          message: `"${record.id}" is given already at ${this.nodeOrigins.at(first)}`,
        });
        return;
      }
      const props = nodeProps(record);
      const fresh = this.check(record.kind, props, file, line);
      if (fresh === false) return;
      this.nodeNumber.set(record.id, this.nodeOrigins.add(file, line));
      // `id` is the import id (one id space: every id carries its label's prefix) and stays a property.
      this.write(record.kind, props, fresh, quote(record.id), 'id:ID');
      return;
    }
    const bad: BulkRecordError[] = [];
    const ends = (['from', 'to'] as const).map((end) => {
      const n = this.nodeNumber.get(record[end]);
      if (n === undefined) {
        bad.push({ file, line, field: end, message: `no node with id "${record[end]}" before it in the input` });
      }
      return n ?? -1;
    });
    for (const s of record.sources) {
      if (!this.nodeNumber.has(s) || labelOfId(s) !== 'Source') {
        bad.push({ file, line, field: 'sources', message: `no Source with id "${s}" before it in the input` });
      }
    }
    const props = relProps(record);
    for (const e of bad) this.reject(e);
    const fresh = bad.length > 0 ? false : this.check(record.kind, props, file, line);
    if (fresh === false) return;
    let table = this.links.get(record.kind);
    if (!table) this.links.set(record.kind, (table = new PairTable()));
    const [from, to] = ends as [number, number];
    const first = table.get(from, to);
    if (first !== undefined) {
      const message = `this ${record.kind} link is given already at ${this.linkOrigins.at(first)}`;
      this.reject({ file, line, field: 'to', message });
      return;
    }
    table.add(from, to, this.linkOrigins.add(file, line));
    this.write(record.kind, props, fresh, `${quote(record.from)},${quote(record.to)}`, ':START_ID,:END_ID');
  }

  /** Resolves once every file can take more: call it every few thousand records. */
  async drain(): Promise<void> {
    for (const part of this.parts.values()) if (part.out.writableNeedDrain) await once(part.out, 'drain');
  }

  /** Closes every file and says what the importer is to read. */
  async finish(): Promise<BulkFiles> {
    for (const [kind, part] of this.parts) this.closing.push(this.close(kind, part));
    this.parts.clear();
    await Promise.all(this.closing);
    const files: BulkFiles = {
      nodes: [],
      relationships: [],
      arrayDelimiter: this.arrayDelimiter,
      multiline: this.multiline,
      emptyArrays: { nodes: [], relationships: [] },
    };
    for (const { kind, file, rows } of this.closed) {
      if (isNodeLabel(kind)) files.nodes.push({ label: kind, file, rows });
      else files.relationships.push({ type: kind, file, rows });
    }
    for (const [kind, keys] of this.emptyArrays) {
      for (const key of keys) {
        if (isNodeLabel(kind)) files.emptyArrays.nodes.push({ label: kind, key });
        else files.emptyArrays.relationships.push({ type: kind, key });
      }
    }
    return files;
  }

  /** Counts an error found elsewhere (a record that failed its model) with those of the load. */
  reject(error: BulkRecordError): void {
    this.errorCount++;
    if (this.errors.length < KEPT_ERRORS) this.errors.push(error);
  }

  /**
   * One pass over the record's properties: array elements must not hold the delimiter (false: rejected), line
   * breaks and empty arrays are noted, and properties the kind's current part lacks are returned as new columns.
   */
  private check(
    kind: NodeLabel | RelType,
    props: Record<string, unknown>,
    file: string,
    line: number,
  ): Column[] | false {
    const keys = this.parts.get(kind)?.keys;
    const fresh: Column[] = [];
    for (const key in props) {
      const value = props[key];
      if (value === undefined || value === null || key === 'id') continue;
      if (typeof value === 'string') {
        if (!this.multiline && (value.includes('\n') || value.includes('\r'))) this.multiline = true;
      } else if (Array.isArray(value)) {
        if (value.length === 0) {
          const empty = this.emptyArrays.get(kind) ?? new Set<string>();
          this.emptyArrays.set(kind, empty.add(key));
        }
        for (const v of value) {
          if (String(v).includes(this.arrayDelimiter)) {
            const message = `an element holds "${this.arrayDelimiter}", the array delimiter of this bulk load`;
            this.reject({ file, line, field: key, message });
            return false;
          }
        }
      }
      if (!keys?.has(key)) fresh.push({ key, type: typeOf(value) });
    }
    return fresh;
  }

  private write(
    kind: NodeLabel | RelType,
    props: Record<string, unknown>,
    fresh: Column[],
    idCells: string,
    idHeader: string,
  ) {
    let part = this.parts.get(kind);
    if (!part || fresh.length > 0) {
      const columns = [...(part?.columns ?? []), ...fresh];
      if (part) this.closing.push(this.close(kind, part));
      const group = isNodeLabel(kind) ? 'nodes' : 'relationships';
      const file = join(this.dir, `${group}-${kind}-${this.partsMade++}.csv`);
      const out = createWriteStream(file, { encoding: 'utf8' });
      const header = [idHeader, ...columns.map((c) => `${c.key}:${c.type}`)].join(',');
      part = { file, columns, keys: new Set(columns.map((c) => c.key)), out, pending: `${header}\n`, rows: 0 };
      this.parts.set(kind, part);
    }
    let row = idCells;
    for (const { key, type } of part.columns) row += `,${this.cell(props[key], type)}`;
    part.pending += `${row}\n`;
    part.rows++;
    if (part.pending.length >= 65_536) {
      part.out.write(part.pending);
      part.pending = '';
    }
  }

  private cell(value: unknown, type: ColumnType): string {
    if (value === undefined || value === null) return '';
    if (type === 'string[]') return quote((value as string[]).join(this.arrayDelimiter));
    if (type === 'string') return quote(String(value));
    return String(value);
  }

  private async close(kind: NodeLabel | RelType, part: Part): Promise<void> {
    this.closed.push({ kind, file: part.file, rows: part.rows });
    part.out.end(part.pending);
    part.pending = '';
    await once(part.out, 'finish');
  }
}
