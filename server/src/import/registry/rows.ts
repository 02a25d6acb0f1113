/**
 * The rows of a registry file as plain text cells, streamed: an .xlsx through exceljs's streaming reader (one
 * worksheet after another, rows as they are unzipped), a .csv through the same strict decoding as every import
 * (UTF-8 with or without BOM, GB18030/GBK). Each row carries its sheet and 1-based row number for messages.
 */
import { Readable } from 'node:stream';
import { parse as parseCsvStream } from 'csv-parse';
import ExcelJS from 'exceljs';
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

/** The parts of exceljs's streaming reader that read XML, as far as the fix below needs them. */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
}

async function* decodedUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * exceljs's streaming reader decodes every unzipped chunk of XML on its own, so a Chinese character split between
 * two chunks becomes two replacement characters (an open bug of exceljs 4.x: three companies in the synthetic L
 * registry lost a character of their segment name). Its worksheet and shared-string parsers are given text decoded
 * across chunks instead. Checked by rows.test.ts with text long enough to cross many chunks.
 */
function utf8SafeReader(file: string): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodedUtf8(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  // The reader parses a worksheet as it arrives once it has the relationships and shared strings, but looks its
  // name up in xl/workbook.xml, which a zip may hold after the worksheets (exceljs's own writer does, when its
  // archiver finishes entries out of order under load): "Cannot read properties of undefined (reading 'sheets')".
  // Until the workbook is read, its relationships read as absent, so such worksheets wait and are parsed after it.
  let rels: unknown;
  Object.defineProperty(reader, 'workbookRels', {
    get: () => ((reader as unknown as { model?: unknown }).model ? rels : undefined),
    set: (value: unknown) => {
      rels = value;
    },
    configurable: true,
  });
  return reader;
}

async function* xlsxRows(file: string): AsyncGenerator<SheetRow> {
  const reader = utf8SafeReader(file);
  try {
    let index = 0;
    for await (const worksheet of reader) {
      index++;
      const sheet = (worksheet as unknown as { name?: string }).name ?? `Sheet${index}`;
      for await (const row of worksheet as unknown as AsyncIterable<{ number: number; values: unknown[] }>) {
        // exceljs's row values are 1-based: index 0 is always empty.
        yield { sheet, row: row.number, cells: row.values.slice(1).map(cellText) };
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
