import type { NodeRecord } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { ImportStore } from '../../import/import.store.js';
import { importRecords, type ImportSummary } from '../../import/importer.js';
import type { RawRecord } from '../../import/parse.js';
import type { Where } from '../../import/validate.js';
import {
  bumpRevisions,
  linkId,
  recordChanges,
  touchedIds,
  type ChangeSetRef,
  type ChangedEntity,
} from '../../revisions/index.js';
import {
  DELETE_COMPANY,
  DELETE_SUPPLY,
  SET_COMPANY_CITY,
  SET_COMPANY_SEGMENTS,
  SUPPLY,
  UPSERT_COMPANY,
  UPSERT_SUPPLY,
} from './editing.cypher.js';

export class EditingStore {
  constructor(private readonly executor: Executor) {}

  /**
   * The company becomes exactly `props`; its city and segments are replaced when given. One transaction, with its
   * change set: the company created, or updated with the fields that moved (`city`, `segments` among them).
   */
  async writeCompany(
    id: string,
    props: Omit<Extract<NodeRecord, { kind: 'Company' }>, 'kind'>,
    cityId: string | null | undefined,
    segmentIds: readonly string[] | null | undefined,
    changeSet: ChangeSetRef,
  ): Promise<void> {
    await this.executor.writeTx('editing.company', async (tx) => {
      // Before and after: the industries it leaves and the ones it joins.
      await bumpRevisions(tx, touchedIds([id]));
      const [written] = await tx.run(UPSERT_COMPANY, { id, props });
      const fields = [...(written?.fields ?? [])];
      if (cityId) {
        const [city] = await tx.run(SET_COMPANY_CITY, { id, cityId });
        if (!sameSet(city?.before ?? [], [cityId])) fields.push('city');
      }
      if (segmentIds) {
        const [segments] = await tx.run(SET_COMPANY_SEGMENTS, { id, segmentIds: [...segmentIds] });
        if (!sameSet(segments?.before ?? [], segmentIds)) fields.push('segments');
      }
      await bumpRevisions(tx, touchedIds([id, ...(segmentIds ?? [])]));
      const created = written?.created ?? false;
      if (created || fields.length > 0) {
        await recordChanges(tx, changeSet, [
          { id, kind: 'Company', change: created ? 'CREATED' : 'UPDATED', fields: created ? [] : fields },
        ]);
      }
    });
  }

  /** True when a company was deleted; the change set names it and the supply links that went with it. */
  async deleteCompany(id: string, changeSet: ChangeSetRef): Promise<boolean> {
    return this.executor.writeTx('editing.deleteCompany', async (tx) => {
      await bumpRevisions(tx, touchedIds([id]));
      const [row] = await tx.run(DELETE_COMPANY, { id });
      if (!row) return false;
      const link = (from: string, to: string): ChangedEntity => ({
        id: linkId(from, 'SUPPLIES', to),
        kind: 'SUPPLIES',
        change: 'DELETED',
        fields: [],
      });
      await recordChanges(tx, changeSet, [
        { id, kind: 'Company', change: 'DELETED', fields: [] },
        ...row.customers.map((to) => link(id, to)),
        ...row.suppliers.map((from) => link(from, id)),
      ]);
      return true;
    });
  }

  async upsertSupply(from: string, to: string, props: Record<string, unknown>, changeSet: ChangeSetRef): Promise<void> {
    await this.executor.writeTx('editing.upsertSupply', async (tx) => {
      const [written] = await tx.run(UPSERT_SUPPLY, { from, to, props });
      await bumpRevisions(tx, touchedIds([from, to]));
      if (written && (written.created || written.fields.length > 0)) {
        await recordChanges(tx, changeSet, [
          {
            id: linkId(from, 'SUPPLIES', to),
            kind: 'SUPPLIES',
            change: written.created ? 'CREATED' : 'UPDATED',
            fields: written.created ? [] : written.fields,
          },
        ]);
      }
    });
  }

  async supply(from: string, to: string): Promise<{ product: string | null; since: string | null } | null> {
    const [row] = await this.executor.read(SUPPLY, { from, to });
    return row ?? null;
  }

  /** True when a link was deleted. */
  async deleteSupply(from: string, to: string, changeSet: ChangeSetRef): Promise<boolean> {
    return this.executor.writeTx('editing.deleteSupply', async (tx) => {
      const [row] = await tx.run(DELETE_SUPPLY, { from, to });
      await bumpRevisions(tx, touchedIds([from, to]));
      const deleted = (row?.n ?? 0) > 0;
      if (deleted) {
        await recordChanges(tx, changeSet, [
          { id: linkId(from, 'SUPPLIES', to), kind: 'SUPPLIES', change: 'DELETED', fields: [] },
        ]);
      }
      return deleted;
    });
  }

  /** Through the one import pipeline: validated, batched, idempotent, recorded in `changeSet`. */
  importRecords(raw: RawRecord[], skipInvalid: boolean, where: Where, changeSet: ChangeSetRef): Promise<ImportSummary> {
    return importRecords(new ImportStore(this.executor), raw, { skipInvalid, where, changeSet });
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((id) => x.has(id));
}
