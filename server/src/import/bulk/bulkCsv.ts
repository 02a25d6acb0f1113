/**
 * Validated records as the CSV files of Neo4j's offline importer (`neo4j-admin database import full`): one node
 * file per label and one relationship file per type, each with a typed header. Types follow what the online import
 * stores, so both paths give the same graph: numbers as floats (the driver sends every JavaScript number as a
 * float), booleans, strings and string arrays.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { ImportRecord, NodeLabel, RelType } from '@g60/graph-schema';
import { nodeProps, relProps } from '../importer.js';

type Column = { key: string; type: 'string' | 'float' | 'boolean' | 'string[]' };

export interface BulkFiles {
  nodes: { label: NodeLabel; file: string; rows: number }[];
  relationships: { type: RelType; file: string; rows: number }[];
  arrayDelimiter: string;
  /** Some value holds a line break: the importer must read multi-line fields (slower). */
  multiline: boolean;
  /** Array properties given empty somewhere: the importer cannot store an empty array (see emptyArrays.ts). */
  emptyArrays: EmptyArrays;
}

/** Per label and per relationship type, the array properties to set to [] where the importer left them out. */
export interface EmptyArrays {
  nodes: { label: NodeLabel; key: string }[];
  relationships: { type: RelType; key: string }[];
}

function emptyArrayKeys(rows: Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (Array.isArray(value) && value.length === 0) keys.add(key);
  }
  return [...keys];
}

/** Array delimiters to choose from: the first that no array element contains. */
const DELIMITERS = [';', '|', '¦', '\u001f'];

function typeOf(value: unknown): Column['type'] {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** Every property key a group of records uses, with its type, in first-seen order. */
function columnsOf(rows: Record<string, unknown>[]): Column[] {
  const columns = new Map<string, Column>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (value === undefined || value === null || columns.has(key)) continue;
      columns.set(key, { key, type: typeOf(value) });
    }
  }
  return [...columns.values()];
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function cell(value: unknown, type: Column['type'], delimiter: string): string {
  if (value === undefined || value === null) return '';
  if (type === 'string[]') return quote((value as string[]).join(delimiter));
  if (type === 'string') return quote(String(value));
  return String(value);
}

async function writeCsv(path: string, header: string[], lines: Iterable<string[]>): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (line: string[]) => {
    if (!out.write(`${line.join(',')}\n`)) await once(out, 'drain');
  };
  await write(header);
  for (const line of lines) await write(line);
  out.end();
  await once(out, 'finish');
}

export async function writeBulkCsv(records: readonly ImportRecord[], dir: string): Promise<BulkFiles> {
  const nodes = new Map<NodeLabel, Record<string, unknown>[]>();
  const rels = new Map<RelType, { from: string; to: string; props: Record<string, unknown> }[]>();
  let multiline = false;
  const used = new Set<string>();
  for (const record of records) {
    // The same properties the online import stores (importer.ts), so both paths give the same graph.
    const props = 'id' in record ? nodeProps(record) : relProps(record);
    for (const value of Object.values(props)) {
      if (typeof value === 'string' && /[\r\n]/.test(value)) multiline = true;
      if (Array.isArray(value))
        for (const v of value) for (const d of DELIMITERS) if (String(v).includes(d)) used.add(d);
    }
    if ('id' in record) {
      const list = nodes.get(record.kind) ?? [];
      list.push(props);
      nodes.set(record.kind, list);
    } else {
      const list = rels.get(record.kind) ?? [];
      list.push({ from: record.from, to: record.to, props });
      rels.set(record.kind, list);
    }
  }
  const arrayDelimiter = DELIMITERS.find((d) => !used.has(d));
  if (!arrayDelimiter) throw new Error('every array delimiter the bulk import can use occurs in the data');

  const files: BulkFiles = {
    nodes: [],
    relationships: [],
    arrayDelimiter,
    multiline,
    emptyArrays: {
      nodes: [...nodes].flatMap(([label, rows]) => emptyArrayKeys(rows).map((key) => ({ label, key }))),
      relationships: [...rels].flatMap(([type, rows]) =>
        emptyArrayKeys(rows.map((r) => r.props)).map((key) => ({ type, key })),
      ),
    },
  };
  for (const [label, rows] of nodes) {
    // `id` is the import id (one id space: every id carries its label's prefix) and stays a property.
    const columns = columnsOf(rows).filter((c) => c.key !== 'id');
    const file = join(dir, `nodes-${label}.csv`);
    await writeCsv(
      file,
      ['id:ID', ...columns.map((c) => `${c.key}:${c.type}`)],
      rows.map((r) => [quote(r.id as string), ...columns.map((c) => cell(r[c.key], c.type, arrayDelimiter))]),
    );
    files.nodes.push({ label, file, rows: rows.length });
  }
  for (const [type, rows] of rels) {
    const columns = columnsOf(rows.map((r) => r.props));
    const file = join(dir, `relationships-${type}.csv`);
    await writeCsv(
      file,
      [':START_ID', ':END_ID', ...columns.map((c) => `${c.key}:${c.type}`)],
      rows.map((r) => [
        quote(r.from),
        quote(r.to),
        ...columns.map((c) => cell(r.props[c.key], c.type, arrayDelimiter)),
      ]),
    );
    files.relationships.push({ type, file, rows: rows.length });
  }
  return files;
}
