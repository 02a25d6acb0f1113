/**
 * Change sets (docs/changes.md): every write records what it changed — which nodes and links were created,
 * updated (which fields) or deleted — in its own transaction, beside the revision move (revisions.ts), so a crash
 * never leaves data without its record. Kept apart from the facts (`:ChangeSet`, `:ChangeSetPage`: no
 * relationship reaches them, no label of the model), never counted, searched, exported or analysed.
 */
import { randomUUID } from 'node:crypto';
import type { TypedTx } from '../db/executor.js';
import { RECORD_CHANGES } from './changeSets.cypher.js';

export type EntityChange = 'CREATED' | 'UPDATED' | 'DELETED';

export interface ChangedEntity {
  /** A node's id, or a link's `from|TYPE|to`. */
  id: string;
  /** The node's label or the link's type. */
  kind: string;
  change: EntityChange;
  /** The fields an update changed. */
  fields: readonly string[];
}

/** Which change set a write belongs to: one per import run, mutation or command. */
export interface ChangeSetRef {
  id: string;
  /** What wrote: `import:Company.csv`, `registry:export.xlsx`, `mutation:createCompany`, `seed:curated` … */
  source: string;
  /** Who: the API key's id, `anonymous`, or the command (`cli`, `system`). */
  actor: string;
}

export function newChangeSet(source: string, actor: string | null): ChangeSetRef {
  return { id: `changeset:${randomUUID()}`, source, actor: actor ?? 'anonymous' };
}

/** A link's entity id in a change set. */
export const linkId = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

/** Records one page of the change set within the writer's transaction; nothing when nothing changed. */
export async function recordChanges(tx: TypedTx, ref: ChangeSetRef, entities: readonly ChangedEntity[]): Promise<void> {
  if (entities.length === 0) return;
  const count = (change: EntityChange) => entities.reduce((n, e) => n + (e.change === change ? 1 : 0), 0);
  await tx.run(RECORD_CHANGES, {
    changeSetId: ref.id,
    source: ref.source,
    actor: ref.actor,
    created: count('CREATED'),
    updated: count('UPDATED'),
    deleted: count('DELETED'),
    ids: entities.map((e) => e.id),
    kinds: entities.map((e) => e.kind),
    changes: entities.map((e) => e.change),
    fields: entities.map((e) => e.fields.join(',')),
  });
}
