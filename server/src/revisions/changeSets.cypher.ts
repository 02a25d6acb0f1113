import { z } from 'zod';
import { cypher } from '../db/query.js';

export interface ChangePageParams extends Record<string, unknown> {
  changeSetId: string;
  source: string;
  actor: string;
  created: number;
  updated: number;
  deleted: number;
  ids: string[];
  kinds: string[];
  changes: string[];
  /** Per entity, the fields an update changed, comma-separated ('' for a creation or deletion). */
  fields: string[];
}

/**
 * One page of a change set, in the writer's own transaction: the set's header is made by its first page (when,
 * which source, who) and counts every page; the page holds its entities as parallel lists, so a change set of a
 * million links is a hundred pages of ten thousand, not one node with a million properties. The log's counter
 * orders change sets as they commit (it is locked until the writer commits, so sequence numbers never interleave
 * with a concurrent writer's), which is what `changes(since, after)` pages by.
 */
export const RECORD_CHANGES = cypher<ChangePageParams, { page: number }>(
  'changes.record',
  `
MERGE (log:ChangeLog {id: 'log'})
SET log.seq = coalesce(log.seq, 0) + 1
WITH log.seq AS seq
MERGE (c:ChangeSet {id: $changeSetId})
ON CREATE SET c.at = datetime(), c.seq = seq, c.source = $source, c.actor = $actor,
  c.created = 0, c.updated = 0, c.deleted = 0, c.pages = 0
SET c.created = c.created + $created, c.updated = c.updated + $updated, c.deleted = c.deleted + $deleted,
  c.pages = c.pages + 1, c.lastSeq = seq
CREATE (p:ChangeSetPage {changeSetId: $changeSetId, page: c.pages, size: size($ids),
  ids: $ids, kinds: $kinds, changes: $changes, fields: $fields})
RETURN p.page AS page
`,
  z.object({ page: z.number() }),
);
