import { z } from 'zod';
import { cypher } from '../../db/query.js';

export const ChangeSetRow = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  source: z.string(),
  actor: z.string(),
  created: z.number(),
  updated: z.number(),
  deleted: z.number(),
});
export type ChangeSetRow = z.infer<typeof ChangeSetRow>;

/** Change sets after the cursor's sequence number and at or after `since`, in the order they committed. */
export const CHANGE_SETS = cypher<{ afterSeq: number; since: string | null; limit: number }, ChangeSetRow>(
  'changes.list',
  `
MATCH (c:ChangeSet)
WHERE c.seq > $afterSeq AND ($since IS NULL OR c.at >= datetime($since))
RETURN c.id AS id, c.seq AS seq, toString(c.at) AS at, c.source AS source, c.actor AS actor,
  c.created AS created, c.updated AS updated, c.deleted AS deleted
ORDER BY c.seq
LIMIT toInteger($limit)
`,
  ChangeSetRow,
);

export const EntityRow = z.object({
  page: z.number(),
  index: z.number(),
  id: z.string(),
  kind: z.string(),
  change: z.enum(['CREATED', 'UPDATED', 'DELETED']),
  fields: z.string(),
});
export type ChangedEntityRow = z.infer<typeof EntityRow>;

/**
 * A change set's entities from (page, index) on, in the order written: its pages flattened, as many rows as
 * asked (the pages are read lazily, so a page of ten thousand costs only the rows taken from it).
 */
export const CHANGED_ENTITIES = cypher<
  { changeSetId: string; page: number; index: number; limit: number },
  ChangedEntityRow
>(
  'changes.entities',
  `
MATCH (p:ChangeSetPage {changeSetId: $changeSetId})
WHERE p.page >= $page
WITH p ORDER BY p.page
UNWIND range(CASE WHEN p.page = $page THEN toInteger($index) ELSE 0 END, p.size - 1) AS i
RETURN p.page AS page, i AS index, p.ids[i] AS id, p.kinds[i] AS kind, p.changes[i] AS change, p.fields[i] AS fields
LIMIT toInteger($limit)
`,
  EntityRow,
);

/** Up to 500 change sets older than the retention, with their pages; how many went. */
export const PRUNE_CHANGE_SETS = cypher<{ days: number }, { n: number }>(
  'changes.prune',
  `
MATCH (c:ChangeSet)
WHERE c.at < datetime() - duration({days: $days})
WITH c LIMIT 500
OPTIONAL MATCH (p:ChangeSetPage {changeSetId: c.id})
DETACH DELETE p
WITH DISTINCT c
DETACH DELETE c
RETURN count(*) AS n
`,
  z.object({ n: z.number() }),
);
