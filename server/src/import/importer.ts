/**
 * The import pipeline shared by the CLI, the seed loader and the importRecords mutation:
 * validate every record → check that every link's ends exist → write in batches, one transaction per batch,
 * nodes before links. Nothing is written when any record is invalid, unless the caller asks to skip bad records.
 * Each batch MERGEs by id (links by their ends), so an import cut off part-way and run again ends with exactly the
 * graph one whole run gives. The statements run in the ImportStore (import.store.ts).
 */
import { LIMITS, labelOfId, type ImportRecord, type NodeLabel } from '@g60/graph-schema';
import { intArg } from '../args.js';
import type { NodeRow, RelRow } from './import.cypher.js';
import { type ImportStore, type LinkGroup, type WriteCounts } from './import.store.js';
import { newChangeSet, type ChangeSetRef } from '../revisions/index.js';
import { withSearchKeys } from '../text/searchKeys.js';
import type { RawRecord } from './parse.js';
import { arraySource, type RecordSource } from './source.js';
import { RecordChecker, parseRecord, type RecordError, type Where } from './validate.js';

export interface ImportOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** Write the valid records even when some are invalid (the invalid ones are reported and left out). */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** How messages name another record (default `line N`). */
  where?: Where;
  /**
   * Write a node's properties over those it has instead of replacing them all (registry rows describe only part
   * of a company). Default false: the node becomes exactly the record.
   */
  merge?: boolean;
  /**
   * The source gives every link after the records of its ends (or its ends are in the graph already): nodes and
   * links are then written in one pass instead of two (a registry whose company sheets come first).
   */
  ordered?: boolean;
  /** The change set the writes are recorded in (default: one of its own, source `import`, by `system`). */
  changeSet?: ChangeSetRef;
}

export interface ImportProgress {
  /** `read`: a registry's first pass over its rows (registry/registry.ts). */
  phase: 'read' | 'validate' | 'check' | 'write';
  done: number;
  /** Unknown while a streamed input is first read. */
  total?: number;
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

/** The properties a node record is stored with (online, and in the bulk CSVs). */
export function nodeProps(record: Extract<ImportRecord, { id: string }>): Record<string, unknown> {
  const { kind: _kind, ...props } = record;
  return withSearchKeys(record.kind, stripUndefined(props));
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

/** Records in memory (the importRecords mutation, the seeds, the synthetic corridor). */
export function importRecords(
  store: ImportStore,
  raw: readonly RawRecord[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importSource(store, arraySource(raw), options);
}

/**
 * Reads the source three times: to check every record (and every link's ends) with nothing written, then to
 * write the nodes, then the links, a batch at a time. What is kept between passes is small: the positions of the
 * records left out and, in the checker, each id and link once.
 */
export async function importSource(
  store: ImportStore,
  source: RecordSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = intArg('batchSize', options.batchSize, LIMITS.import.batchSize);
  const progress = options.onProgress ?? (() => {});
  const every = (n: number) => n % 10_000 === 0;

  // Pass 1: every record checked against its model and the ones before it.
  const checker = new RecordChecker(options.where);
  const errors: RecordError[] = [];
  /** Positions in the source (0-based) of the records that will not be written. */
  const leftOut = new Set<number>();
  const ends = new Map<NodeLabel, Set<string>>();
  let rows = 0;
  progress({ phase: 'validate', done: 0 });
  for await (const raw of source.records()) {
    const record = checker.check(raw);
    if (Array.isArray(record)) {
      errors.push(...record);
      leftOut.add(rows);
    } else if ('from' in record) {
      for (const id of [record.from, record.to, ...record.sources]) {
        const label = labelOfId(id);
        if (!label) continue;
        if (!ends.has(label)) ends.set(label, new Set());
        ends.get(label)?.add(id);
      }
    }
    if (every(++rows)) progress({ phase: 'validate', done: rows });
  }
  progress({ phase: 'validate', done: rows, total: rows });

  // Links whose ends are neither in this input nor in the database would be dropped silently by MATCH.
  progress({ phase: 'check', done: 0, total: rows });
  const missing = new Set<string>();
  for (const [label, ids] of ends) {
    const wanted = [...ids].filter((id) => !checker.hasNode(id));
    for (const id of await store.missingIds(label, wanted)) missing.add(id);
  }
  ends.clear();
  if (missing.size > 0) {
    let at = 0;
    for await (const { line, value } of source.records()) {
      const position = at++;
      if (leftOut.has(position)) continue;
      const record = parseRecord(line, value);
      if (Array.isArray(record) || !('from' in record)) continue;
      const bad: RecordError[] = [];
      if (missing.has(record.from)) bad.push({ line, field: 'from', message: `no node with id "${record.from}"` });
      if (missing.has(record.to)) bad.push({ line, field: 'to', message: `no node with id "${record.to}"` });
      for (const s of record.sources) {
        if (missing.has(s)) bad.push({ line, field: 'sources', message: `no Source with id "${s}"` });
      }
      if (bad.length > 0) {
        errors.push(...bad);
        leftOut.add(position);
      }
    }
  }
  progress({ phase: 'check', done: rows, total: rows });
  errors.sort((a, b) => a.line - b.line);

  const writable = rows - leftOut.size;
  const summary: ImportSummary = {
    rows,
    valid: writable,
    invalid: leftOut.size,
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

  // Passes 2 and 3: nodes, then links, so that every link finds its ends.
  let done = 0;
  progress({ phase: 'write', done, total: writable });
  const changeSet = options.changeSet ?? newChangeSet('import', 'system');
  const writer = new BatchWriter(store, batchSize, options.merge ?? false, changeSet, (batch, counts) => {
    summary.created += counts.created;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.batches++;
    done += batch;
    progress({ phase: 'write', done, total: writable });
  });
  // Nodes, then links, so that every link finds its ends — in one pass when the source promises that order.
  const passes = options.ordered ? [['nodes', 'links'] as const] : [['nodes'] as const, ['links'] as const];
  for (const kinds of passes) {
    const nodes = (kinds as readonly string[]).includes('nodes');
    const links = (kinds as readonly string[]).includes('links');
    let at = 0;
    for await (const { line, value } of source.records()) {
      if (leftOut.has(at++)) continue;
      const record = parseRecord(line, value);
      if (Array.isArray(record)) throw new Error(`${source.name}: line ${line} was valid in the first pass`);
      if (nodes && 'id' in record) await writer.node(record);
      if (links && 'from' in record) await writer.link(record);
    }
    await writer.flush();
  }
  summary.written = true;
  summary.ms = performance.now() - started;
  summary.rowsPerSecond = summary.ms > 0 ? Math.round((writable / summary.ms) * 1000) : 0;
  return summary;
}

/** Rows gathered per label (nodes) or per type and end labels (links), each group written when it is full. */
class BatchWriter {
  private readonly nodes = new Map<NodeLabel, NodeRow[]>();
  private readonly links = new Map<string, LinkGroup & { rows: RelRow[] }>();

  constructor(
    private readonly store: ImportStore,
    private readonly batchSize: number,
    private readonly merge: boolean,
    private readonly changeSet: ChangeSetRef,
    private readonly written: (rows: number, counts: WriteCounts) => void,
  ) {}

  async node(record: Extract<ImportRecord, { id: string }>): Promise<void> {
    const label = record.kind;
    const rows = this.nodes.get(label) ?? [];
    this.nodes.set(label, rows);
    rows.push({ id: record.id, props: nodeProps(record) });
    if (rows.length >= this.batchSize) await this.writeNodes(label, rows.splice(0));
  }

  async link(record: Extract<ImportRecord, { from: string }>): Promise<void> {
    const from = labelOfId(record.from);
    const to = labelOfId(record.to);
    if (!from || !to) throw new Error('validated link with an unknown end label');
    const key = `${from}|${record.kind}|${to}`;
    const group = this.links.get(key) ?? { type: record.kind, from, to, rows: [] };
    this.links.set(key, group);
    group.rows.push({ from: record.from, to: record.to, props: relProps(record) });
    if (group.rows.length >= this.batchSize) {
      // The nodes gathered so far go first: in a one-pass write some of them are this batch's ends.
      await this.flushNodes();
      await this.writeLinks(group, group.rows.splice(0));
    }
  }

  private async flushNodes(): Promise<void> {
    for (const [label, rows] of this.nodes) if (rows.length > 0) await this.writeNodes(label, rows.splice(0));
  }

  /** Writes whatever is gathered. */
  async flush(): Promise<void> {
    await this.flushNodes();
    for (const group of this.links.values()) {
      if (group.rows.length > 0) await this.writeLinks(group, group.rows.splice(0));
    }
  }

  private async writeNodes(label: NodeLabel, rows: NodeRow[]): Promise<void> {
    this.written(rows.length, await this.store.writeNodes(label, rows, this.merge, this.changeSet));
  }

  private async writeLinks(group: LinkGroup, rows: RelRow[]): Promise<void> {
    this.written(rows.length, await this.store.writeLinks(group, rows, this.changeSet));
  }
}
