/**
 * Change sets on the hand-built chain (server/test/chainFixture.ts): the stage's own import is the first change
 * set; these tests add an import, edits through the API, and an import cut off part-way, and read them back
 * through `changes`.
 */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';
import { ImportStore } from '../../import/import.store.js';
import { importRecords } from '../../import/importer.js';
import type { NodeRow } from '../../import/import.cypher.js';
import type { NodeLabel } from '@g60/graph-schema';
import { newChangeSet, type ChangeSetRef } from '../../revisions/index.js';

const TOKEN = 'test-admin-token-0123456789';
const stage = stageApp(chainFixture, { adminToken: TOKEN });

const CHANGES = `query($since: DateTime, $first: Int, $after: String, $entities: Int) {
  changes(since: $since, first: $first, after: $after) {
    edges { cursor node { id at source actor created updated deleted
      entities(first: $entities) { edges { node { id kind change fields } } pageInfo { hasNextPage } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function allChanges(entities = 1000) {
  const { data, errors } = await stage.app.gql(CHANGES, { first: 500, entities });
  expect(errors).toBeUndefined();
  return data!.changes.edges.map((e: any) => e.node);
}

const sorted = (entities: { node: unknown }[]) =>
  entities.map((e) => e.node).sort((a: any, b: any) => a.id.localeCompare(b.id));

describe('change sets', () => {
  it('record an import and an edit: exactly the entities and fields each changed', async () => {
    const before = (await allChanges()).length;
    const records = [
      { kind: 'Company', id: 'company:t-n1', nameZh: '新企业一' },
      { kind: 'Company', id: 'company:t-n2', nameZh: '新企业二', founded: '2019' },
      { kind: 'LOCATED_IN', from: 'company:t-n1', to: 'city:tx' },
      { kind: 'SUPPLIES', from: 'company:t-n1', to: 'company:t-n2', product: '磁材' },
      // Already in the stage exactly so: unchanged, not recorded.
      { kind: 'Company', id: 'company:t-a1', nameZh: '测试企业A1' },
    ];
    const summary = await importRecords(
      new ImportStore(stage.graph.executor),
      records.map((value, i) => ({ line: i + 1, value })),
      {
        batchSize: 2,
        changeSet: newChangeSet('import:new.csv', 'cli'),
      },
    );
    expect(summary).toMatchObject({ created: 4, updated: 0, unchanged: 1 });
    // Re-running it changes nothing, and records nothing.
    await importRecords(
      new ImportStore(stage.graph.executor),
      records.map((value, i) => ({ line: i + 1, value })),
    );

    const update = await stage.app.gql(
      `mutation { updateCompany(id: "company:t-n2", input: { nameEn: "New Two", cityId: "city:ty" }) { ok errors { message } } }`,
      {},
      TOKEN,
    );
    expect(update.data?.updateCompany).toEqual({ ok: true, errors: [] });

    const sets = (await allChanges()).slice(before);
    expect(sets).toHaveLength(2);
    const [imported, edited] = sets;
    expect(imported).toMatchObject({ source: 'import:new.csv', actor: 'cli', created: 4, updated: 0, deleted: 0 });
    expect(sorted(imported.entities.edges)).toEqual([
      { id: 'company:t-n1', kind: 'Company', change: 'CREATED', fields: [] },
      { id: 'company:t-n1|LOCATED_IN|city:tx', kind: 'LOCATED_IN', change: 'CREATED', fields: [] },
      { id: 'company:t-n1|SUPPLIES|company:t-n2', kind: 'SUPPLIES', change: 'CREATED', fields: [] },
      { id: 'company:t-n2', kind: 'Company', change: 'CREATED', fields: [] },
    ]);
    // The admin token is no key: the actor is recorded as anonymous.
    expect(edited).toMatchObject({ source: 'mutation:updateCompany', created: 0, updated: 1, deleted: 0 });
    expect(sorted(edited.entities.edges)).toEqual([
      // nameEn set, and the company placed in a city: its LOCATED_IN is the `city` field of the company.
      { id: 'company:t-n2', kind: 'Company', change: 'UPDATED', fields: ['nameEn', 'city'] },
    ]);
    expect(Date.parse(edited.at)).toBeGreaterThanOrEqual(Date.parse(imported.at));
  });

  it('record a deletion with the supply links that went with it', async () => {
    const before = (await allChanges()).length;
    const { data } = await stage.app.gql(`mutation { deleteCompany(id: "company:t-n1") { ok } }`, {}, TOKEN);
    expect(data?.deleteCompany.ok).toBe(true);
    const [deleted] = (await allChanges()).slice(before);
    expect(deleted).toMatchObject({ source: 'mutation:deleteCompany', created: 0, updated: 0, deleted: 2 });
    expect(sorted(deleted.entities.edges)).toEqual([
      { id: 'company:t-n1', kind: 'Company', change: 'DELETED', fields: [] },
      { id: 'company:t-n1|SUPPLIES|company:t-n2', kind: 'SUPPLIES', change: 'DELETED', fields: [] },
    ]);
  });

  it('page oldest first by cursor, and from a date', async () => {
    const all = await allChanges();
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < all.length; page++) {
      const { data } = await stage.app.gql(CHANGES, { first: 1, after, entities: 1 });
      seen.push(...data!.changes.edges.map((e: any) => e.node.id));
      after = data!.changes.pageInfo.endCursor;
      if (!data!.changes.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(all.map((c: any) => c.id));
    const last = all.at(-1);
    const { data } = await stage.app.gql(CHANGES, { since: last.at, first: 10, entities: 1 });
    expect(data?.changes.edges.map((e: any) => e.node.id)).toEqual([last.id]);
    const bad = await stage.app.gql(CHANGES, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('page a change set’s entities across the pages its batches wrote', async () => {
    // The stage's own import: the chain fixture, one change set of many pages at the default batch size.
    const [first] = await allChanges(1000);
    const total = first.created + first.updated;
    const ids: string[] = [];
    let after: string | null = null;
    const PAGE = `query($after: String) { changes(first: 1) { edges { node { entities(first: 7, after: $after) {
      edges { node { id } cursor } pageInfo { hasNextPage endCursor } } } } } }`;
    for (;;) {
      const { data } = await stage.app.gql(PAGE, { after });
      const page = data!.changes.edges[0].node.entities;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual(first.entities.edges.map((e: any) => e.node.id));
  });

  it('leave data and change set consistent when an import is cut off part-way', async () => {
    const before = (await allChanges()).length;
    // The second batch dies before it commits, as in a killed process: the first batch and its page stand.
    class Dying extends ImportStore {
      private batches = 0;
      override writeNodes(label: NodeLabel, rows: NodeRow[], merge: boolean, changeSet: ChangeSetRef) {
        if (++this.batches === 2) return Promise.reject(new Error('killed'));
        return super.writeNodes(label, rows, merge, changeSet);
      }
    }
    const records = ['k1', 'k2', 'k3'].map((slug, i) => ({
      line: i + 1,
      value: { kind: 'Company', id: `company:t-${slug}`, nameZh: `中断企业${i}` },
    }));
    await expect(
      importRecords(new Dying(stage.graph.executor), records, {
        batchSize: 1,
        changeSet: newChangeSet('import:cut', 'cli'),
      }),
    ).rejects.toThrow('killed');
    const written = await stage.graph.query(
      "MATCH (c:Company) WHERE c.id IN ['company:t-k1', 'company:t-k2', 'company:t-k3'] RETURN c.id AS id",
    );
    const [cut] = (await allChanges()).slice(before);
    expect(written.map((r) => r.id)).toEqual(['company:t-k1']);
    expect(cut).toMatchObject({ source: 'import:cut', created: 1 });
    expect(cut.entities.edges.map((e: any) => e.node.id)).toEqual(['company:t-k1']);
  });

  it('are kept apart from the facts: no entity, no search hit, no label of the model', async () => {
    const [set] = await allChanges(1);
    const { data } = await stage.app.gql(
      `query($id: ID!) { node(id: $id) { id } search(text: "测试企业") { __typename } }`,
      {
        id: set.id,
      },
    );
    expect(data?.node).toBeNull();
    const [row] = await stage.graph.query(
      'MATCH (n) WHERE n:ChangeSet OR n:ChangeSetPage RETURN count(n) > 0 AS any, sum(count { (n)--() }) AS linked',
    );
    expect(row).toEqual({ any: true, linked: 0 });
    expect(data?.search.length).toBeGreaterThan(0);
  });
});
