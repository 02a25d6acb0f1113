import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';

const TOKEN = 'test-admin-token-0123456789';
const stage = stageApp(chainFixture, { adminToken: TOKEN });

const create = `mutation($input: CompanyInput!) { createCompany(input: $input) {
  ok errors { path message } company { id nameZh city { id } segments { id } } } }`;

describe('mutations', () => {
  it('refuses writes to anonymous readers (FORBIDDEN) and to a wrong token (UNAUTHENTICATED)', async () => {
    const anonymous = await stage.app.gql(create, { input: { id: 'company:t-new', nameZh: '新公司' } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const wrong = await stage.app.gql(create, { input: { id: 'company:t-new', nameZh: '新公司' } }, 'not-the-token');
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const [row] = await stage.graph.query("MATCH (c:Company {id: 'company:t-new'}) RETURN count(c) AS n");
    expect(row?.n).toBe(0);
  });

  it('returns invalid fields as data, with their path and rule, and writes nothing', async () => {
    const { data } = await stage.app.gql(
      create,
      { input: { id: 'Company New', nameZh: '', founded: '2020-13', cityId: 'city:atlantis' } },
      TOKEN,
    );
    expect(data?.createCompany.ok).toBe(false);
    expect(data?.createCompany.errors.map((e: any) => e.path).sort()).toEqual([
      'input.founded',
      'input.id',
      'input.nameZh',
    ]);
  });

  it('creates a company with its city and segments in one write', async () => {
    const { data } = await stage.app.gql(
      create,
      { input: { id: 'company:t-new', nameZh: '新公司', cityId: 'city:ty', segmentIds: ['segment:t.b'] } },
      TOKEN,
    );
    expect(data?.createCompany).toEqual({
      ok: true,
      errors: [],
      company: { id: 'company:t-new', nameZh: '新公司', city: { id: 'city:ty' }, segments: [{ id: 'segment:t.b' }] },
    });
    const again = await stage.app.gql(create, { input: { id: 'company:t-new', nameZh: '新公司' } }, TOKEN);
    expect(again.data?.createCompany.errors).toEqual([
      { path: 'input.id', message: expect.stringContaining('already exists') },
    ]);
  });

  it('updates only the given fields and replaces the city', async () => {
    const { data } = await stage.app.gql(
      `mutation { updateCompany(id: "company:t-new", input: { nameEn: "New Co", cityId: "city:tz" }) {
        ok company { nameZh nameEn city { id } segments { id } } } }`,
      {},
      TOKEN,
    );
    expect(data?.updateCompany).toEqual({
      ok: true,
      company: { nameZh: '新公司', nameEn: 'New Co', city: { id: 'city:tz' }, segments: [{ id: 'segment:t.b' }] },
    });
    const [row] = await stage.graph.query(
      "MATCH (:Company {id: 'company:t-new'})-[r:LOCATED_IN]->() RETURN count(r) AS n",
    );
    expect(row?.n).toBe(1);
  });

  it('creates and deletes a supply link, reporting unknown companies by field', async () => {
    const link = await stage.app.gql(
      `mutation { createSupply(input: { supplierId: "company:t-new", customerId: "company:t-c2", product: "测试件", since: "2024" }) {
        ok supply { supplier { id } customer { id } product since } } }`,
      {},
      TOKEN,
    );
    expect(link.data?.createSupply).toEqual({
      ok: true,
      supply: { supplier: { id: 'company:t-new' }, customer: { id: 'company:t-c2' }, product: '测试件', since: '2024' },
    });
    const ghost = await stage.app.gql(
      'mutation { createSupply(input: { supplierId: "company:t-ghost", customerId: "company:t-c2" }) { ok errors { path } } }',
      {},
      TOKEN,
    );
    expect(ghost.data?.createSupply).toEqual({ ok: false, errors: [{ path: 'input.supplierId' }] });
    const del = await stage.app.gql(
      'mutation { deleteSupply(supplierId: "company:t-new", customerId: "company:t-c2") { ok } }',
      {},
      TOKEN,
    );
    expect(del.data?.deleteSupply.ok).toBe(true);
    const gone = await stage.app.gql(
      'mutation { deleteSupply(supplierId: "company:t-new", customerId: "company:t-c2") { ok errors { path } } }',
      {},
      TOKEN,
    );
    expect(gone.data?.deleteSupply).toEqual({ ok: false, errors: [{ path: 'customerId' }] });
  });

  it('deletes a company and its links', async () => {
    const { data } = await stage.app.gql('mutation { deleteCompany(id: "company:t-new") { ok } }', {}, TOKEN);
    expect(data?.deleteCompany.ok).toBe(true);
    expect((await stage.app.gql('{ company(id: "company:t-new") { id } }')).data?.company).toBeNull();
  });

  it('imports records through the same validated import, reporting bad ones by index and field', async () => {
    const records = [
      { kind: 'Company', id: 'company:t-imp', nameZh: '导入公司' },
      { kind: 'City', id: 'city:bad', nameZh: '坏城', province: '某省', lat: 123, lng: 0, role: 'MEMBER' },
    ];
    const rejected = await stage.app.gql(
      'mutation($r: [JSON!]!) { importRecords(records: $r) { ok invalid created errors { path message } } }',
      { r: records },
      TOKEN,
    );
    expect(rejected.data?.importRecords).toMatchObject({
      ok: false,
      invalid: 1,
      created: 0,
      errors: [{ path: 'records.1.lat' }],
    });
    const accepted = await stage.app.gql(
      'mutation($r: [JSON!]!) { importRecords(records: $r, skipInvalid: true) { ok created invalid } }',
      { r: records },
      TOKEN,
    );
    expect(accepted.data?.importRecords).toEqual({ ok: true, created: 1, invalid: 1 });
  });
});
