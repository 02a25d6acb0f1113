/**
 * What changed (docs/changes.md): the change sets every write records (revisions/changeSets.ts), oldest first and
 * cursor paged for partner systems that sync from them, each with its entities paged the same way.
 */
import { LIMITS } from '@g60/graph-schema';
import { intArg } from '../../args.js';
import { badInput } from '../../errors.js';
import type { ChangeSetRow, ChangedEntityRow } from './changes.cypher.js';
import type { ChangesStore } from './changes.store.js';

export type ChangeSetResult = Omit<ChangeSetRow, 'seq'>;

export interface ChangeSetPage {
  edges: { node: ChangeSetResult; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ChangedEntityResult {
  id: string;
  kind: string;
  change: ChangedEntityRow['change'];
  fields: string[];
}

export interface ChangedEntityPage {
  edges: { node: ChangedEntityResult; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Opaque cursors: a change set's sequence number; an entity's change set, page and index. */
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

export class ChangesService {
  constructor(private readonly store: ChangesStore) {}

  async changes(
    since: Date | string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ChangeSetPage> {
    const n = intArg('first', first, LIMITS.changes.first);
    const afterSeq = after ? seqOf(after) : 0;
    const from = since === null || since === undefined ? null : isoOf(since);
    const rows = await this.store.changeSets(afterSeq, from, n + 1);
    const edges = rows.slice(0, n).map(({ seq, ...node }) => ({ node, cursor: encode(`cs|${seq}`) }));
    return { edges, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async entities(
    changeSetId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ChangedEntityPage> {
    const n = intArg('first', first, LIMITS.changes.entities);
    const at = after ? entityCursor(after, changeSetId) : { page: 1, index: 0 };
    const rows = await this.store.entities(changeSetId, at.page, at.index, n + 1);
    const edges = rows.slice(0, n).map((r) => ({
      node: { id: r.id, kind: r.kind, change: r.change, fields: r.fields === '' ? [] : r.fields.split(',') },
      // The cursor points at the entity after this one.
      cursor: encode(`ce|${changeSetId}|${r.page}|${r.index + 1}`),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Forgets change sets older than the retention (CHANGESET_RETENTION_DAYS); how many went. */
  prune(days: number): Promise<number> {
    return this.store.prune(intArg('CHANGESET_RETENTION_DAYS', days, LIMITS.changes.retentionDays));
  }
}

function isoOf(since: Date | string): string {
  const date = since instanceof Date ? since : new Date(since);
  if (Number.isNaN(date.getTime())) throw badInput('since', 'must be an ISO 8601 date-time');
  return date.toISOString();
}

function seqOf(cursor: string): number {
  const m = /^cs\|(\d{1,15})$/.exec(decode(cursor));
  if (!m) throw badInput('after', 'not a cursor returned by changes');
  return Number(m[1]);
}

function entityCursor(cursor: string, changeSetId: string): { page: number; index: number } {
  const m = /^ce\|(.+)\|(\d{1,9})\|(\d{1,9})$/s.exec(decode(cursor));
  if (!m || m[1] !== changeSetId) throw badInput('after', 'not a cursor returned by this change set’s entities');
  return { page: Number(m[2]), index: Number(m[3]) };
}
