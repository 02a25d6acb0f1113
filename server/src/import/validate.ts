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
import { PairTable } from '@g60/graph-schema/pair-table';
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

/**
 * Checks records one at a time, remembering where each id and link was first seen so that a second one is
 * reported against the first. Links are remembered as pairs of numbers in a PairTable per type (12 bytes a link,
 * where a string key in a Map cost ~200: a million supply links took 300 MB), each id numbered once.
 */
export class RecordChecker {
  private readonly firstLineOfId = new Map<string, number>();
  private readonly numberOf = new Map<string, number>();
  private readonly firstLineOfLink = new Map<string, PairTable>();

  constructor(private readonly where: Where = fileLine) {}

  private number(id: string): number {
    let n = this.numberOf.get(id);
    if (n === undefined) this.numberOf.set(id, (n = this.numberOf.size));
    return n;
  }

  /** The typed record, or what is wrong with it (a duplicate included). */
  check({ line, value }: RawRecord): ImportRecordType | RecordError[] {
    const record = parseRecord(line, value);
    if (Array.isArray(record)) return record;
    if ('id' in record) {
      const seen = this.firstLineOfId.get(record.id);
      if (seen !== undefined) return [{ line, field: 'id', message: `duplicate of ${this.where(seen)}` }];
      this.firstLineOfId.set(record.id, line);
    } else {
      let table = this.firstLineOfLink.get(record.kind);
      if (!table) this.firstLineOfLink.set(record.kind, (table = new PairTable()));
      const from = this.number(record.from);
      const to = this.number(record.to);
      const seen = table.get(from, to);
      if (seen !== undefined) {
        return [{ line, field: 'from, to', message: `same ${record.kind} link as ${this.where(seen)}` }];
      }
      table.add(from, to, line);
    }
    return record;
  }

  /** Whether a valid node record with this id was checked. */
  hasNode(id: string): boolean {
    return this.firstLineOfId.has(id);
  }
}

export function validateRecords(raw: RawRecord[], where: Where = fileLine): ValidationResult {
  const checker = new RecordChecker(where);
  const valid: ValidRecord[] = [];
  const errors: RecordError[] = [];
  for (const r of raw) {
    const record = checker.check(r);
    if (Array.isArray(record)) errors.push(...record);
    else valid.push({ line: r.line, record });
  }
  return { valid, errors };
}
