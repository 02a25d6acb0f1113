/**
 * Reads an import file into raw records, each with the line it starts on, so every validation error can point at
 * `file:line`. CSV (one kind per file), JSON (an array of records, or `{ "records": [...] }`) and JSON Lines.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { NODE_LABELS, REL_TYPES } from '@g60/graph-schema';

export interface RawRecord {
  /**
   * 1-based position: the file line where the record starts, or for a list of records (the importRecords
   * mutation) its index + 1. Messages name it through the import's `where`.
   */
  line: number;
  value: Record<string, unknown>;
}

export class ParseError extends Error {}

/** A CSV's record kind: the `kind` column, else `--kind`, else the file name's first word (`Company.csv`). */
export function kindFromFileName(file: string): string | undefined {
  const stem = basename(file).split(/[.\-_ ]/)[0] ?? '';
  const all: readonly string[] = [...NODE_LABELS, ...REL_TYPES];
  return all.find((k) => k.toLowerCase() === stem.toLowerCase());
}

/** The encodings a file is read in, in the order they are tried. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/**
 * A file's text. UTF-8 with or without a byte-order mark, UTF-16 with one, else GB18030 — a superset of GBK, what
 * Excel's "CSV" writes on a Chinese Windows. Decoding is strict: bytes that are none of these refuse the whole file
 * instead of reaching the graph as replacement characters.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  const strict = (label: string, from = 0) =>
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      return { text: strict('utf-8', 3), encoding: 'UTF-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le', 2), encoding: 'UTF-16LE' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be', 2), encoding: 'UTF-16BE' };
  } catch {
    throw new ParseError(`${file}: starts with a byte-order mark but is not valid text in that encoding`);
  }
  try {
    return { text: strict('utf-8'), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: the other encoding Chinese spreadsheets come in.
  }
  try {
    return { text: strict('gb18030'), encoding: 'GB18030' };
  } catch {
    throw new ParseError(
      `${file}: is neither UTF-8, UTF-16 with a byte-order mark nor GB18030/GBK text; nothing was read ` +
        '(in Excel, save it as "CSV UTF-8")',
    );
  }
}

export async function readRecords(
  file: string,
  kind?: string,
  onEncoding: (encoding: TextEncoding) => void = () => {},
): Promise<RawRecord[]> {
  const { text, encoding } = decodeText(await readFile(file), file);
  onEncoding(encoding);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return parseCsvRecords(text, kind ?? kindFromFileName(file), file);
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonLines(text, file);
  if (ext === '.json') return parseJsonRecords(text, file);
  throw new ParseError(`${file}: unsupported file type "${ext}" (use .csv, .json or .jsonl)`);
}

export function parseCsvRecords(text: string, kind: string | undefined, file = 'input.csv'): RawRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, CSV_OPTIONS) as typeof rows;
  } catch (error) {
    throw new ParseError(`${file}: ${(error as Error).message}`);
  }
  return rows.map(({ record, info }) => csvRow(record, info.lines, kind, file));
}

/** One CSV row as a record: empty cells dropped, the kind filled in from the file when it has no column. */
export function csvRow(
  record: Record<string, string>,
  line: number,
  kind: string | undefined,
  file: string,
): RawRecord {
  // Empty cells mean "not given": drop them so optional fields stay optional.
  const value: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
  if (value.kind === undefined) {
    if (kind === undefined) {
      throw new ParseError(
        `${file}: cannot tell what the rows are; add a "kind" column, name the file after a label or ` +
          'relationship type (Company.csv, SUPPLIES.csv) or pass --kind',
      );
    }
    value.kind = kind;
  }
  return { line, value };
}

/** The options csv-parse reads import files with, whole or streaming. */
export const CSV_OPTIONS = {
  columns: true,
  info: true,
  skip_empty_lines: true,
  trim: true,
  relax_column_count: false,
} as const;

/** One line of JSON Lines as a record; blank lines give nothing. */
export function jsonLine(raw: string, line: number, file: string): RawRecord | undefined {
  if (raw.trim() === '') return undefined;
  try {
    return { line, value: JSON.parse(raw) as Record<string, unknown> };
  } catch (error) {
    throw new ParseError(`${file}:${line}: ${(error as Error).message}`);
  }
}

export function parseJsonLines(text: string, file = 'input.jsonl'): RawRecord[] {
  const out: RawRecord[] = [];
  text.split('\n').forEach((raw, i) => {
    const record = jsonLine(raw, i + 1, file);
    if (record) out.push(record);
  });
  return out;
}

export function parseJsonRecords(text: string, file = 'input.json'): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`${file}: ${(error as Error).message}`);
  }
  const records = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : undefined;
  if (!records) throw new ParseError(`${file}: expected an array of records or {"records": [...]}`);
  const lines = elementStartLines(text);
  return records.map((value, i) => ({
    line: lines[i] ?? 1,
    value: value as Record<string, unknown>,
  }));
}

/**
 * Line on which each element of the records array starts. JSON.parse gives no positions, so this scans the text
 * once, tracking strings and nesting; the records array is the outermost array (depth 1) or the one at depth 2.
 */
function elementStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let arrayDepth = -1;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      continue;
    }
    if (ch === '[' || ch === '{') {
      if (arrayDepth < 0 && ch === '[') arrayDepth = depth + 1;
      else if (depth === arrayDepth && ch === '{') starts.push(line);
      depth++;
    } else if (ch === ']' || ch === '}') {
      depth--;
    }
  }
  return starts;
}
