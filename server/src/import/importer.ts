/**
 * The import pipeline shared by the CLI, the seed loader and the importRecords mutation:
 * validate every record → check that every link's ends exist → write in batches, one transaction per batch,
 * nodes before links. Nothing is written when any record is invalid, unless the caller asks to skip bad records.
 */
import { LIMITS, labelOfId, type ImportRecord, type NodeLabel, type RelType } from '@g60/graph-schema';
import { intArg } from '../args.js';
import type { Executor } from '../db/executor.js';
import { DomainError } from '../errors.js';
import { bumpRevisions, touchedIds } from '../revisions/revisions.js';
import type { Touched } from '../revisions/revisions.cypher.js';
import { MISSING_IDS, UPSERT_NODES, upsertRelsQuery, type NodeRow, type RelRow } from './import.cypher.js';
import type { RawRecord } from './parse.js';
import { validateRecords, type RecordError, type Where } from './validate.js';

export interface ImportOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** Write the valid records even when some are invalid (the invalid ones are reported and left out). */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** How messages name another record (default `line N`). */
  where?: Where;
}

export interface ImportProgress {
  phase: 'validate' | 'check' | 'write';
  done: number;
  total: number;
}

export interface ImportSummary {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  batches: number;
  /** False when invalid records stopped the import before anything was written. */
  written: boolean;
  errors: RecordError[];
  ms: number;
  rowsPerSecond: number;
}

interface Batch {
  name: string;
  run: (executor: Executor) => Promise<{ created: number; updated: number; unchanged: number }>;
  size: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The properties a node record is stored with (online, and in the bulk CSVs). */
export function nodeProps(record: Extract<ImportRecord, { id: string }>): Record<string, unknown> {
  const { kind: _kind, ...props } = record;
  return stripUndefined(props);
}

/** The properties a link record is stored with. */
export function relProps(record: Extract<ImportRecord, { from: string }>): Record<string, unknown> {
  const { kind: _kind, from: _from, to: _to, ...props } = record;
  return stripUndefined(props);
}

function stripUndefined(props: Record<string, unknown>): Record<string, unknown> {
  // A loop rather than entries/fromEntries: this runs once per record, 11M times for a bulk load of XL.
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== undefined) out[key] = props[key];
  return out;
}

export async function importRecords(
  executor: Executor,
  raw: RawRecord[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = intArg('batchSize', options.batchSize, LIMITS.import.batchSize);
  const progress = options.onProgress ?? (() => {});

  progress({ phase: 'validate', done: 0, total: raw.length });
  const { valid, errors } = validateRecords(raw, options.where);
  progress({ phase: 'validate', done: raw.length, total: raw.length });

  // Links whose ends are neither in this input nor in the database would be dropped silently by MATCH.
  progress({ phase: 'check', done: 0, total: valid.length });
  const inputIds = new Set(valid.flatMap(({ record }) => ('id' in record ? [record.id] : [])));
  const wanted = new Map<NodeLabel, Set<string>>();
  for (const { record } of valid) {
    if (!('from' in record)) continue;
    for (const id of [record.from, record.to, ...record.sources]) {
      const label = labelOfId(id);
      if (label && !inputIds.has(id)) {
        if (!wanted.has(label)) wanted.set(label, new Set());
        wanted.get(label)?.add(id);
      }
    }
  }
  const missing = new Set<string>();
  for (const [label, ids] of wanted) {
    for (const part of chunks([...ids], LIMITS.import.batchSize.max)) {
      const rows = await executor.read(MISSING_IDS[label], { ids: part });
      rows.forEach((r) => missing.add(r.id));
    }
  }
  const writable = valid.filter(({ line, record }) => {
    if (!('from' in record)) return true;
    const bad: RecordError[] = [];
    if (missing.has(record.from)) bad.push({ line, field: 'from', message: `no node with id "${record.from}"` });
    if (missing.has(record.to)) bad.push({ line, field: 'to', message: `no node with id "${record.to}"` });
    for (const s of record.sources) {
      if (missing.has(s)) bad.push({ line, field: 'sources', message: `no Source with id "${s}"` });
    }
    errors.push(...bad);
    return bad.length === 0;
  });
  progress({ phase: 'check', done: valid.length, total: valid.length });
  errors.sort((a, b) => a.line - b.line);

  const invalid = raw.length - writable.length;
  const summary: ImportSummary = {
    rows: raw.length,
    valid: writable.length,
    invalid,
    created: 0,
    updated: 0,
    unchanged: 0,
    batches: 0,
    written: false,
    errors,
    ms: 0,
    rowsPerSecond: 0,
  };
  if (errors.length > 0 && !options.skipInvalid) {
    summary.ms = performance.now() - started;
    return summary;
  }

  const batches = planBatches(
    writable.map((v) => v.record),
    batchSize,
  );
  let done = 0;
  progress({ phase: 'write', done, total: writable.length });
  for (const batch of batches) {
    const counts = await batch.run(executor);
    summary.created += counts.created;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.batches++;
    done += batch.size;
    progress({ phase: 'write', done, total: writable.length });
  }
  summary.written = true;
  summary.ms = performance.now() - started;
  summary.rowsPerSecond = summary.ms > 0 ? Math.round((writable.length / summary.ms) * 1000) : 0;
  return summary;
}

/** Nodes grouped by label, then links grouped by (type, start label, end label); each group cut into batches. */
export function planBatches(records: ImportRecord[], batchSize: number): Batch[] {
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const rels = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: RelRow[] }>();
  for (const record of records) {
    if ('id' in record) {
      const label = record.kind;
      if (!nodes.has(label)) nodes.set(label, []);
      nodes.get(label)?.push({ id: record.id, props: nodeProps(record) });
    } else {
      const from = labelOfId(record.from);
      const to = labelOfId(record.to);
      if (!from || !to) throw new Error('validated link with an unknown end label');
      const key = `${from}|${record.kind}|${to}`;
      if (!rels.has(key)) rels.set(key, { type: record.kind, from, to, rows: [] });
      rels.get(key)?.rows.push({ from: record.from, to: record.to, props: relProps(record) });
    }
  }

  const batches: Batch[] = [];
  for (const [label, rows] of nodes) {
    const query = UPSERT_NODES[label];
    for (const part of chunks(rows, batchSize)) {
      const touched = touchedIds(
        part.map((r) => r.id),
        label === 'City',
      );
      batches.push({
        name: query.name,
        size: part.length,
        run: (executor) =>
          writeBatch(executor, query.name, part.length, touched, (tx) => tx.run(query, { rows: part })),
      });
    }
  }
  for (const { type, from, to, rows } of rels.values()) {
    const query = upsertRelsQuery(type, from, to);
    for (const part of chunks(rows, batchSize)) {
      const touched = touchedIds(part.flatMap((r) => [r.from, r.to]));
      batches.push({
        name: query.name,
        size: part.length,
        run: (executor) =>
          writeBatch(executor, query.name, part.length, touched, (tx) => tx.run(query, { rows: part })),
      });
    }
  }
  return batches;
}

async function writeBatch(
  executor: Executor,
  name: string,
  expected: number,
  touched: Touched,
  work: Parameters<Executor['writeTx']>[1],
): Promise<{ created: number; updated: number; unchanged: number }> {
  // A long batch on a busy machine may need more than the API's per-query timeout.
  return executor.writeTx(
    name,
    async (tx) => {
      const rows = (await work(tx)) as { outcome: 'created' | 'updated' | 'unchanged'; n: number }[];
      const counts = { created: 0, updated: 0, unchanged: 0 };
      for (const r of rows) counts[r.outcome] += r.n;
      const total = counts.created + counts.updated + counts.unchanged;
      // An end deleted between the check and this batch: throwing rolls the whole batch back.
      if (total !== expected) {
        throw new DomainError('CONSTRAINT_VIOLATION', `${name}: wrote ${total} of ${expected} rows; batch rolled back`);
      }
      // After the write: the links it made lead to the industries it changed. Imports never remove links.
      if (counts.created + counts.updated > 0) await bumpRevisions(tx, touched);
      return counts;
    },
    600_000,
  );
}
