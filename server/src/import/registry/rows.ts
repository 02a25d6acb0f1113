/**
 * The rows of a registry file as plain text cells, streamed: an .xlsx through exceljs's streaming parsers (one
 * worksheet after another, rows as they are unzipped), a .csv through the same strict decoding as every import
 * (UTF-8 with or without BOM, GB18030/GBK). Each row carries its sheet and 1-based row number for messages.
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseCsvStream } from 'csv-parse';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';
import { ParseError } from '../parse.js';
import { detectEncoding, textChunks, type Encoding } from '../source.js';

export interface SheetRow {
  sheet: string;
  row: number;
  cells: string[];
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, numbers without exponent, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return String(value).trim();
}

/** The parts of exceljs's streaming reader that read XML, called in the order below instead of its `parse`. */
interface ReaderInternals {
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<{ value: unknown }>;
  workbookRels?: { Id: string; Type: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

async function* decodedUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * An .xlsx's worksheets, each with its name and its rows as exceljs reads them, one row at a time.
 *
 * exceljs's own streaming `parse` walks the zip's entries in stored order through a stream helper that, under load,
 * loses the last entries (exceljs issues #1558, #3064): a workbook written by exceljs stores the shared strings
 * and xl/workbook.xml after the worksheets, so a sheet came back named "Sheet1" with every text cell an unresolved
 * `{sharedString: n}` — a registry refused for a header it could not see (1 run in 6 of registry.int.test.ts under
 * load). The zip is opened through its central directory instead (unzipper, which exceljs reads zips with): the
 * relationships, workbook, shared strings and styles are parsed first, then each worksheet in the workbook's order,
 * streamed from its own entry — no temporary copies of worksheets that came before the shared strings.
 *
 * And exceljs decodes every unzipped chunk of XML on its own, so a Chinese character split between two chunks
 * becomes two replacement characters (three companies of the synthetic L registry lost a character of their
 * segment name): worksheets and shared strings are given text decoded across chunks. Checked by rows.test.ts.
 */
async function* xlsxWorksheets(file: string): AsyncGenerator<{ name: string; rows: AsyncIterable<ExcelRow> }> {
  const zip = await unzipper.Open.file(file);
  const entry = (path: string) => zip.files.find((f) => f.path === path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  const rels = entry('xl/_rels/workbook.xml.rels');
  const workbook = entry('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('no xl/workbook.xml or its relationships');
  await reader._parseRels(rels.stream());
  await reader._parseWorkbook(workbook.stream());
  const sharedStrings = entry('xl/sharedStrings.xml')?.stream();
  if (sharedStrings) {
    sharedStrings.setEncoding('utf8');
    // Kept by the reader (`sharedStrings: 'cache'`); nothing to take from the iteration itself.
    for await (const _ of reader._parseSharedStrings(sharedStrings));
  }
  const styles = entry('xl/styles.xml');
  if (styles) await reader._parseStyles(styles.stream());
  for (const [index, sheet] of (reader.model?.sheets ?? []).entries()) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    const path = rel && worksheetPart(rel);
    if (!path) continue; // a chart or dialog sheet: no rows
    const part = entry(path);
    if (!part) throw new Error(`sheet "${sheet.name}": its part ${path} is not in the file`);
    // The number only identifies the sheet inside exceljs; the name is the workbook's.
    for (const { value } of reader._parseWorksheet(decodedUtf8(part.stream()), String(index + 1))) {
      yield { name: sheet.name, rows: value as AsyncIterable<ExcelRow> };
    }
  }
}

/**
 * Where a workbook relationship's worksheet is in the zip, or undefined for other kinds of sheet. Targets are
 * relative to xl/ or absolute from the package root; Excel, WPS and LibreOffice write xl/worksheets/sheetN.xml, but
 * other writers name parts freely, and a worksheet is never skipped for its part's name.
 */
export function worksheetPart(rel: { Type: string; Target: string }): string | undefined {
  if (!rel.Type.endsWith('/worksheet')) return undefined;
  return rel.Target.startsWith('/') ? posix.normalize(rel.Target.slice(1)) : posix.join('xl', rel.Target);
}

interface ExcelRow {
  number: number;
  values: unknown[];
}

async function* xlsxRows(file: string): AsyncGenerator<SheetRow> {
  try {
    for await (const worksheet of xlsxWorksheets(file)) {
      for await (const row of worksheet.rows) {
        // exceljs's row values are 1-based: index 0 is always empty.
        yield { sheet: worksheet.name, row: row.number, cells: row.values.slice(1).map(cellText) };
      }
    }
  } catch (error) {
    throw new ParseError(`${file}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
}

async function* csvRows(file: string, encoding: Encoding): AsyncGenerator<SheetRow> {
  const parser = Readable.from(textChunks(file, encoding)).pipe(
    parseCsvStream({ info: true, skip_empty_lines: true, relax_column_count: true, trim: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { sheet: 'csv', row: info.lines, cells: record };
    }
  } catch (error) {
    throw new ParseError(`${file}: ${(error as Error).message}`);
  } finally {
    parser.destroy();
  }
}

/** Reads the file's rows from the start, every time it is called. */
export async function openRows(file: string): Promise<{ rows: () => AsyncIterable<SheetRow>; encoding?: string }> {
  if (/\.xlsx$/i.test(file)) return { rows: () => xlsxRows(file) };
  if (/\.csv$/i.test(file)) {
    const encoding = await detectEncoding(file);
    return { rows: () => csvRows(file, encoding), encoding: encoding.encoding };
  }
  throw new ParseError(`${file}: a registry is read from .xlsx or .csv`);
}
