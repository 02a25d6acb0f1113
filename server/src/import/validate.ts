/**
 * Validates raw records against the zod models of graph-schema and turns every problem into
 * `{ line, field, message }`. Also catches what a single record cannot show: duplicate ids in one file.
 */
import {
  NODE_LABELS,
  NodeRecord,
  REL_TYPES,
  RelRecord,
  type ImportRecord as ImportRecordType,
} from '@g60/graph-schema';
import type { z } from 'zod';
import type { RawRecord } from './parse.js';

export interface RecordError {
  line: number;
  field: string;
  message: string;
}

export interface ValidRecord {
  line: number;
  record: ImportRecordType;
}

export interface ValidationResult {
  valid: ValidRecord[];
  errors: RecordError[];
}

const NODE_KINDS: readonly string[] = NODE_LABELS;
const REL_KINDS: readonly string[] = REL_TYPES;

function issuesToErrors(line: number, issues: z.core.$ZodIssue[]): RecordError[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { line, field: issue.keys.join(', '), message: 'unknown field' };
    }
    return { line, field: issue.path.map(String).join('.') || '(record)', message: issue.message };
  });
}

/** How a message names another record: `line 12` for files, `records.11` for the importRecords mutation. */
export type Where = (line: number) => string;
export const fileLine: Where = (line) => `line ${line}`;

/** One record against its model: the typed record, or what is wrong with it. */
export function parseRecord(line: number, value: unknown): ImportRecordType | RecordError[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ line, field: '(record)', message: 'must be an object' }];
  }
  const kind = (value as Record<string, unknown>).kind;
  if (typeof kind !== 'string' || (!NODE_KINDS.includes(kind) && !REL_KINDS.includes(kind))) {
    return [{ line, field: 'kind', message: `must be one of ${[...NODE_KINDS, ...REL_KINDS].join(', ')}` }];
  }
  const schema = NODE_KINDS.includes(kind) ? NodeRecord : RelRecord;
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as ImportRecordType) : issuesToErrors(line, parsed.error.issues);
}

export function validateRecords(raw: RawRecord[], where: Where = fileLine): ValidationResult {
  const valid: ValidRecord[] = [];
  const errors: RecordError[] = [];
  const firstLineOfId = new Map<string, number>();
  const firstLineOfRel = new Map<string, number>();

  for (const { line, value } of raw) {
    const record = parseRecord(line, value);
    if (Array.isArray(record)) {
      errors.push(...record);
      continue;
    }
    if ('id' in record) {
      const seen = firstLineOfId.get(record.id);
      if (seen !== undefined) {
        errors.push({ line, field: 'id', message: `duplicate of ${where(seen)}` });
        continue;
      }
      firstLineOfId.set(record.id, line);
    } else {
      const key = `${record.from}|${record.kind}|${record.to}`;
      const seen = firstLineOfRel.get(key);
      if (seen !== undefined) {
        errors.push({ line, field: 'from, to', message: `same ${record.kind} link as ${where(seen)}` });
        continue;
      }
      firstLineOfRel.set(key, line);
    }
    valid.push({ line, record });
  }
  return { valid, errors };
}
