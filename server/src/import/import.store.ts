/**
 * The import pipeline's driver calls (importer.ts, and the bulk load's last step): which link ends the graph
 * lacks, the batch writes — each batch one transaction that renews the revisions it touched, or rolls back
 * whole — and the empty arrays a bulk load cannot write (bulk/emptyArrays.ts).
 */
import { LIMITS, type NodeLabel, type RelType } from '@g60/graph-schema';
import type { Executor } from '../db/executor.js';
import type { CypherQuery } from '../db/query.js';
import { DomainError } from '../errors.js';
import {
  bumpRevisions,
  linkId,
  recordChanges,
  touchedIds,
  type ChangeSetRef,
  type ChangedEntity,
  type Touched,
} from '../revisions/index.js';
import type { EmptyArrays } from './bulk/bulkCsv.js';
import { emptyArrayFills } from './bulk/emptyArrays.js';
import {
  MERGE_NODES,
  MISSING_IDS,
  UPSERT_NODES,
  upsertRelsQuery,
  type NodeRow,
  type OutcomeRow,
  type RelRow,
} from './import.cypher.js';

/** What one batch did, row by row. */
export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Links of one type between one start and one end label: one statement writes them. */
export interface LinkGroup {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
}

/** A long batch on a busy machine may need more than the API's per-query timeout. */
const BATCH_TIMEOUT_MS = 600_000;
/** The whole empty-array pass may take minutes at XL; each of its inner transactions is small. */
const FILL_TIMEOUT_MS = 30 * 60_000;

export class ImportStore {
  constructor(private readonly executor: Executor) {}

  /** Those of `ids` (ids of `label`) that no node has, asked in parts of at most the largest batch. */
  async missingIds(label: NodeLabel, ids: readonly string[]): Promise<string[]> {
    const missing: string[] = [];
    for (let i = 0; i < ids.length; i += LIMITS.import.batchSize.max) {
      const found = await this.executor.read(MISSING_IDS[label], {
        ids: ids.slice(i, i + LIMITS.import.batchSize.max),
      });
      for (const r of found) missing.push(r.id);
    }
    return missing;
  }

  /**
   * One batch of nodes of one label, MERGEd by id, in one transaction. `merge` writes the rows' properties over the
   * nodes' (SET +=) instead of making each node exactly its row (SET =).
   */
  writeNodes(label: NodeLabel, rows: NodeRow[], merge: boolean, changeSet: ChangeSetRef): Promise<WriteCounts> {
    const query = (merge ? MERGE_NODES : UPSERT_NODES)[label];
    const touched = touchedIds(
      rows.map((r) => r.id),
      label === 'City',
    );
    return this.writeBatch(query, rows, touched, changeSet, (c) => ({ id: c.id ?? '', kind: label }));
  }

  /** One batch of links of one group, MERGEd by their ends, in one transaction. */
  writeLinks(group: LinkGroup, rows: RelRow[], changeSet: ChangeSetRef): Promise<WriteCounts> {
    const query = upsertRelsQuery(group.type, group.from, group.to);
    const touched = touchedIds(rows.flatMap((r) => [r.from, r.to]));
    return this.writeBatch(query, rows, touched, changeSet, (c) => ({
      id: linkId(c.from ?? '', group.type, c.to ?? ''),
      kind: group.type,
    }));
  }

  /**
   * After a bulk load, before anything else writes: every array property the input gave empty set to [] where it
   * is absent, in inner transactions of their own. Returns how many properties were set.
   */
  async fillEmptyArrays(empty: EmptyArrays): Promise<number> {
    let filled = 0;
    for (const fill of emptyArrayFills(empty)) {
      filled += await this.executor.runAutoCommit(fill.name, fill.text, fill.params, FILL_TIMEOUT_MS);
    }
    return filled;
  }

  /**
   * The batch, its count checked, the revisions of what it changed renewed and its page of the change set
   * recorded: all of it commits, or none.
   */
  private writeBatch<R extends NodeRow | RelRow>(
    query: CypherQuery<{ rows: R[] }, OutcomeRow>,
    rows: R[],
    touched: Touched,
    changeSet: ChangeSetRef,
    entity: (changed: OutcomeRow['changed'][number]) => { id: string; kind: string },
  ): Promise<WriteCounts> {
    return this.executor.writeTx(
      query.name,
      async (tx) => {
        const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
        const changed: ChangedEntity[] = [];
        for (const r of await tx.run(query, { rows })) {
          counts[r.outcome] += r.n;
          if (r.outcome === 'unchanged') continue;
          const change = r.outcome === 'created' ? 'CREATED' : 'UPDATED';
          for (const c of r.changed) changed.push({ ...entity(c), change, fields: c.fields });
        }
        const total = counts.created + counts.updated + counts.unchanged;
        // An end deleted between the check and this batch: throwing rolls the whole batch back.
        if (total !== rows.length) {
          throw new DomainError(
            'CONSTRAINT_VIOLATION',
            `${query.name}: wrote ${total} of ${rows.length} rows; batch rolled back`,
          );
        }
        // After the write: the links it made lead to the industries it changed. Imports never remove links.
        if (counts.created + counts.updated > 0) await bumpRevisions(tx, touched);
        await recordChanges(tx, changeSet, changed);
        return counts;
      },
      BATCH_TIMEOUT_MS,
    );
  }
}
