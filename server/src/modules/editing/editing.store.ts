import type { NodeRecord } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { ImportStore } from '../../import/import.store.js';
import { importRecords, type ImportSummary } from '../../import/importer.js';
import type { RawRecord } from '../../import/parse.js';
import type { Where } from '../../import/validate.js';
import { bumpRevisions, touchedIds } from '../../revisions/index.js';
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

  /** The company becomes exactly `props`; its city and segments are replaced when given. One transaction. */
  async writeCompany(
    id: string,
    props: Omit<Extract<NodeRecord, { kind: 'Company' }>, 'kind'>,
    cityId: string | null | undefined,
    segmentIds: readonly string[] | null | undefined,
  ): Promise<void> {
    await this.executor.writeTx('editing.company', async (tx) => {
      // Before and after: the industries it leaves and the ones it joins.
      await bumpRevisions(tx, touchedIds([id]));
      await tx.run(UPSERT_COMPANY, { id, props });
      if (cityId) await tx.run(SET_COMPANY_CITY, { id, cityId });
      if (segmentIds) await tx.run(SET_COMPANY_SEGMENTS, { id, segmentIds: [...segmentIds] });
      await bumpRevisions(tx, touchedIds([id, ...(segmentIds ?? [])]));
    });
  }

  /** True when a company was deleted. */
  async deleteCompany(id: string): Promise<boolean> {
    return this.executor.writeTx('editing.deleteCompany', async (tx) => {
      await bumpRevisions(tx, touchedIds([id]));
      const [row] = await tx.run(DELETE_COMPANY, { id });
      return (row?.n ?? 0) > 0;
    });
  }

  async upsertSupply(from: string, to: string, props: Record<string, unknown>): Promise<void> {
    await this.executor.writeTx('editing.upsertSupply', async (tx) => {
      await tx.run(UPSERT_SUPPLY, { from, to, props });
      await bumpRevisions(tx, touchedIds([from, to]));
    });
  }

  async supply(from: string, to: string): Promise<{ product: string | null; since: string | null } | null> {
    const [row] = await this.executor.read(SUPPLY, { from, to });
    return row ?? null;
  }

  /** True when a link was deleted. */
  async deleteSupply(from: string, to: string): Promise<boolean> {
    return this.executor.writeTx('editing.deleteSupply', async (tx) => {
      const [row] = await tx.run(DELETE_SUPPLY, { from, to });
      await bumpRevisions(tx, touchedIds([from, to]));
      return (row?.n ?? 0) > 0;
    });
  }

  /** Through the one import pipeline: validated, batched, idempotent. */
  importRecords(raw: RawRecord[], skipInvalid: boolean, where: Where): Promise<ImportSummary> {
    return importRecords(new ImportStore(this.executor), raw, { skipInvalid, where });
  }
}
