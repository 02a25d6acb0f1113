/**
 * What a bulk load reads, into the writer (bulkCsv.ts): files held in memory (`npm run import -- --bulk`), whose
 * nodes all go before any link, and record streams (the synthetic corridor), whose links already come after their
 * ends. Each record is checked against its model on the way.
 */
import type { ImportRecord } from '@g60/graph-schema';
import type { RawRecord } from '../parse.js';
import { parseRecord } from '../validate.js';
import { BulkCsvWriter, chooseArrayDelimiter, type BulkRecordError } from './bulkCsv.js';
import type { BulkWrite } from './bulkCommand.js';

export interface BulkInput {
  /** How messages name the input: its file name. */
  name: string;
  raw: RawRecord[];
}

/** A record of a stream, with the file and line messages name it by. */
export interface BulkStreamRecord {
  file: string;
  line: number;
  value: unknown;
}

/** How often a stream waits for the files to take what was written (backpressure). */
const DRAIN_EVERY = 4_096;

export interface ParsedInputs {
  valid: { file: string; line: number; record: ImportRecord }[];
  errors: BulkRecordError[];
}

/** The files' records checked against their models: to choose the array delimiter before anything is written. */
export function parseInputs(inputs: readonly BulkInput[]): ParsedInputs {
  const parsed: ParsedInputs = { valid: [], errors: [] };
  for (const { name, raw } of inputs) {
    for (const { line, value } of raw) {
      const record = parseRecord(line, value);
      if (Array.isArray(record)) for (const e of record) parsed.errors.push({ file: name, ...e });
      else parsed.valid.push({ file: name, line, record });
    }
  }
  return parsed;
}

/** Parsed files into the writer, the nodes of every file first: a link may name a node of a later file. */
export async function addParsed(writer: BulkCsvWriter, parsed: ParsedInputs): Promise<void> {
  for (const e of parsed.errors) writer.reject(e);
  let n = 0;
  for (const pass of ['nodes', 'links'] as const) {
    for (const { file, line, record } of parsed.valid) {
      if ('id' in record !== (pass === 'nodes')) continue;
      writer.add(record, file, line);
      if (++n % DRAIN_EVERY === 0) await writer.drain();
    }
  }
}

/**
 * A stream's records, checked, in its order. Every few thousand records it waits for the files to take what was
 * written, and for `every` (progress, the caller's own files) when it returns a promise.
 */
export async function addStream(
  writer: BulkCsvWriter,
  records: Iterable<BulkStreamRecord>,
  every: (n: number) => void | Promise<void> = () => {},
): Promise<number> {
  let n = 0;
  for (const { file, line, value } of records) {
    const record = parseRecord(line, value);
    if (Array.isArray(record)) for (const e of record) writer.reject({ file, ...e });
    else writer.add(record, file, line);
    if (++n % DRAIN_EVERY === 0) {
      await every(n);
      await writer.drain();
    }
  }
  await every(n);
  return n;
}

/** `npm run import -- --bulk`: the files, read whole, with the first array delimiter none of their values holds. */
export function writeInputs(inputs: readonly BulkInput[]): BulkWrite {
  return async (dir) => {
    const parsed = parseInputs(inputs);
    const writer = new BulkCsvWriter(dir, chooseArrayDelimiter(parsed.valid.map((v) => v.record)));
    await addParsed(writer, parsed);
    return writer;
  };
}
