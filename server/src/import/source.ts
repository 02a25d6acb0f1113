/**
 * An import's input as a stream of records that can be read more than once: the importer reads it once to check
 * everything, then again to write nodes and again to write links, so no pass holds more than a batch of rows. A
 * file's encoding is settled first by decoding it strictly from end to end (nothing is written from a file that
 * turns out not to be text); CSV and JSON Lines then stream at any size. A `.json` array has no row boundaries to
 * stream by and is read whole, up to LIMITS.import.jsonMegabytes.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as parseCsvStream } from 'csv-parse';
import { LIMITS } from '@g60/graph-schema';
import {
  CSV_OPTIONS,
  ParseError,
  csvRow,
  decodeText,
  jsonLine,
  kindFromFileName,
  parseJsonRecords,
  type RawRecord,
  type TextEncoding,
} from './parse.js';

export interface RecordSource {
  /** Names the input in messages. */
  readonly name: string;
  /** The records from the start. Every call reads them again, in the same order. */
  records(): AsyncIterable<RawRecord>;
}

/** Records already in memory (the importRecords mutation, the seeds). */
export function arraySource(raw: readonly RawRecord[], name = 'input'): RecordSource {
  return {
    name,
    async *records() {
      yield* raw;
    },
  };
}

const DECODER_LABEL: Record<TextEncoding, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
};

const BOMS: { encoding: TextEncoding; bytes: number[] }[] = [
  { encoding: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'UTF-16LE', bytes: [0xff, 0xfe] },
  { encoding: 'UTF-16BE', bytes: [0xfe, 0xff] },
];

export interface Encoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  skip: number;
}

/** The file's text in chunks, decoded strictly: bytes that are not text in `encoding` throw a TypeError. */
export async function* textChunks(file: string, { encoding, skip }: Encoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: true });
  for await (const chunk of createReadStream(file, { start: skip, highWaterMark: 1 << 20 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function decodesAs(file: string, encoding: Encoding): Promise<boolean> {
  try {
    for await (const _ of textChunks(file, encoding)) {
      // Only whether every byte decodes matters here.
    }
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** The same choice as `decodeText`, made on a stream: a byte-order mark, else UTF-8, else GB18030, else refused. */
export async function detectEncoding(file: string): Promise<Encoding> {
  const head = Buffer.alloc(3);
  const handle = await open(file);
  try {
    await handle.read(head, 0, 3, 0);
  } finally {
    await handle.close();
  }
  const bom = BOMS.find(({ bytes }) => bytes.every((b, i) => head[i] === b));
  if (bom) {
    const encoding = { encoding: bom.encoding, skip: bom.bytes.length };
    if (await decodesAs(file, encoding)) return encoding;
    throw new ParseError(`${file}: starts with a byte-order mark but is not valid text in that encoding`);
  }
  for (const encoding of ['UTF-8', 'GB18030'] as const) {
    if (await decodesAs(file, { encoding, skip: 0 })) return { encoding, skip: 0 };
  }
  throw new ParseError(
    `${file}: is neither UTF-8, UTF-16 with a byte-order mark nor GB18030/GBK text; nothing was read ` +
      '(in Excel, save it as "CSV UTF-8")',
  );
}

async function* csvRecords(file: string, encoding: Encoding, kind: string | undefined): AsyncGenerator<RawRecord> {
  const parser = Readable.from(textChunks(file, encoding)).pipe(parseCsvStream(CSV_OPTIONS));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield csvRow(record, info.lines, kind, file);
    }
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(`${file}: ${(error as Error).message}`);
  } finally {
    parser.destroy();
  }
}

async function* jsonLinesRecords(file: string, encoding: Encoding): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input: Readable.from(textChunks(file, encoding)), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      const record = jsonLine(raw, ++n, file);
      if (record) yield record;
    }
  } finally {
    lines.close();
  }
}

/**
 * A file as a record source. Reading it again after it changed (size or modification time) throws: the passes of
 * one import must see the same records. Running the import again is always safe, since imports are idempotent.
 */
export async function openFileSource(
  file: string,
  kind?: string,
  onEncoding: (encoding: TextEncoding) => void = () => {},
): Promise<RecordSource> {
  const ext = extname(file).toLowerCase();
  if (!['.csv', '.jsonl', '.ndjson', '.json'].includes(ext)) {
    throw new ParseError(`${file}: unsupported file type "${ext}" (use .csv, .json or .jsonl)`);
  }
  const opened = await stat(file);
  const megabytes = opened.size / 2 ** 20;
  if (ext === '.json' && megabytes > LIMITS.import.jsonMegabytes.max) {
    throw new ParseError(
      `${file}: a .json file is read whole and may be at most ${LIMITS.import.jsonMegabytes.max} MB ` +
        `(this one is ${Math.ceil(megabytes)} MB); write JSON Lines (.jsonl), one record a line, which streams`,
    );
  }
  const encoding = await detectEncoding(file);
  onEncoding(encoding.encoding);
  const unchanged = async () => {
    const now = await stat(file);
    if (now.size !== opened.size || now.mtimeMs !== opened.mtimeMs) {
      throw new ParseError(`${file}: changed while it was being imported; run the import again`);
    }
  };
  return {
    name: file,
    async *records() {
      await unchanged();
      if (ext === '.csv') yield* csvRecords(file, encoding, kind ?? kindFromFileName(file));
      else if (ext === '.json') {
        yield* parseJsonRecords(decodeText(await readFile(file), file).text, file);
      } else yield* jsonLinesRecords(file, encoding);
    },
  };
}
