/**
 * The checks a bulk load needs beyond each record's own: the database starts empty, so every link's ends must be
 * nodes of the input, and an id or a link given twice — in one file or across files — is an error, not an update.
 */
import type { ImportRecord } from '@g60/graph-schema';
import type { RawRecord } from '../parse.js';
import { validateRecords } from '../validate.js';

export interface BulkInput {
  /** How messages name the input: its file name. */
  name: string;
  raw: RawRecord[];
}

export interface BulkRecordError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function validateForBulk(inputs: readonly BulkInput[]): { records: ImportRecord[]; errors: BulkRecordError[] } {
  const errors: BulkRecordError[] = [];
  const valid: { file: string; line: number; record: ImportRecord }[] = [];
  for (const { name, raw } of inputs) {
    const result = validateRecords(raw);
    // Loops, not push(...list): a file of a million records would overflow the stack as arguments.
    for (const e of result.errors) errors.push({ file: name, ...e });
    for (const v of result.valid) valid.push({ file: name, ...v });
  }
  const nodeAt = new Map<string, string>();
  for (const { file, line, record } of valid) {
    if (!('id' in record)) continue;
    const first = nodeAt.get(record.id);
    if (first) errors.push({ file, line, field: 'id', message: `"${record.id}" is given already at ${first}` });
    else nodeAt.set(record.id, `${file}:${line}`);
  }
  const linkAt = new Map<string, string>();
  const records: ImportRecord[] = [];
  for (const { file, line, record } of valid) {
    if ('from' in record) {
      const bad: BulkRecordError[] = [];
      for (const end of ['from', 'to'] as const) {
        if (!nodeAt.has(record[end])) {
          bad.push({
            file,
            line,
            field: end,
            message: `no node with id "${record[end]}" in the input (a bulk load starts empty)`,
          });
        }
      }
      for (const s of record.sources) {
        if (!nodeAt.has(s))
          bad.push({ file, line, field: 'sources', message: `no Source with id "${s}" in the input` });
      }
      const key = `${record.kind}|${record.from}|${record.to}`;
      const first = linkAt.get(key);
      if (first)
        bad.push({ file, line, field: 'to', message: `this ${record.kind} link is given already at ${first}` });
      else linkAt.set(key, `${file}:${line}`);
      errors.push(...bad);
      if (bad.length > 0) continue;
    } else if (nodeAt.get(record.id) !== `${file}:${line}`) {
      continue;
    }
    records.push(record);
  }
  return { records, errors };
}
