/**
 * Registry imports over HTTP: upload, preview with a changed mapping, commit, follow, download the report — with
 * the write scope only, and within the size limit.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { usccCheckCharacter } from '@g60/graph-schema';
import { startTestApp, type TestApp } from '../../test/app.js';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { ImportStore } from '../import/import.store.js';
import { loadCurated } from '../seed/loadSeed.js';

const ADMIN = 'imports-suite-admin-token-0123456789';
const code = (first17: string) => `${first17}${usccCheckCharacter(first17)}`;
let graph: TestGraph;
let app: TestApp;

beforeAll(async () => {
  graph = await openTestGraph();
  await graph.reset();
  await loadCurated(new ImportStore(graph.executor));
  app = await startTestApp(graph, { adminToken: ADMIN, imports: { maxBytes: 200_000 } });
});
afterAll(async () => {
  await app.close();
  await graph.close();
});

/** A registry whose name column has a header nobody would recognise: the mapping has to name it. */
async function registry(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('名录').addRows([
    ['单位全称', '统一社会信用代码', '注册地址', '行业代码'],
    ['湖州上传测试材料有限公司', code('91330502MA2C00001'), '浙江省湖州市吴兴区', '3985'],
    ['宁波上传测试有限公司', code('91330201MA2C00002'), '浙江省宁波市海曙区', '3985'],
    ['错码公司', '91330502MA2C000030', '浙江省湖州市', '3985'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${app.base}/api/imports${path}`, {
    ...init,
    headers: { ...(init.token === undefined ? { authorization: `Bearer ${ADMIN}` } : {}), ...init.headers },
  });
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

it('uploads, previews with a mapping, commits, reports — and only for the write scope', async () => {
  const file = await registry();
  const anonymous = await call('?name=r.xlsx', { method: 'POST', body: file, token: '' });
  expect(anonymous.status).toBe(403);

  const uploaded = await call('?name=registry.xlsx', { method: 'POST', body: file });
  expect(uploaded.status).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };

  // Without a mapping the sheet has no name column.
  const unread = (await (await call(`/${id}/preview`, json({}))).json()) as { rejected: { message: string }[] };
  expect(unread.rejected[0]?.message).toMatch(/no column for the company name/);

  const preview = (await (await call(`/${id}/preview`, json({ mapping: { name: '单位全称' } }))).json()) as {
    sheets: { columns: Record<string, string> }[];
    rejected: { at: string; column: string }[];
    unplaced: { at: string; reason: string }[];
  };
  expect(preview.sheets[0]?.columns).toMatchObject({
    name: '单位全称',
    uscc: '统一社会信用代码',
    industryCode: '行业代码',
  });
  expect(preview.rejected).toEqual([
    { at: '名录:4', column: '统一社会信用代码', message: expect.stringMatching(/^check/) },
  ]);
  expect(preview.unplaced).toEqual([
    {
      at: '名录:3',
      companyId: expect.any(String),
      name: '宁波上传测试有限公司',
      reason: expect.stringMatching(/宁波/),
    },
  ]);
  expect(await graph.query("MATCH (c:Company) WHERE c.nameZh CONTAINS '上传测试' RETURN count(c) AS n")).toEqual([
    { n: 0 },
  ]);

  expect((await call(`/${id}/commit`, json({ mapping: { name: '单位全称' }, skipInvalid: true }))).status).toBe(202);
  type Status = { state: string; report: { import: { created: number } } | null };
  const statusOf = async () => (await (await call(`/${id}`)).json()) as Status;
  // The import runs after the 202: follow its status, as a client does, until it has ended one way or the other.
  await expect.poll(async () => (await statusOf()).state, { timeout: 30_000, interval: 50 }).toMatch(/^(done|failed)$/);
  const status = await statusOf();
  expect(status.state, JSON.stringify(status)).toBe('done');
  expect(status.report?.import.created).toBeGreaterThan(0);
  expect(await graph.query("MATCH (c:Company) WHERE c.nameZh CONTAINS '上传测试' RETURN count(c) AS n")).toEqual([
    { n: 2 },
  ]);
  const bytes = Buffer.from(await (await call(`/${id}/report.csv`)).arrayBuffer());
  // A byte-order mark first, so that Excel opens the Chinese as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain('类别 kind');
  expect(csv).toContain('rejected,名录:4,统一社会信用代码');
  expect(csv).toContain('unplaced,名录:3');
  expect((await call(`/${id}/commit`, json({}))).status).toBe(409);
});

it('refuses a file over the limit, a name that is not .xlsx or .csv, and an unknown upload', async () => {
  expect((await call('?name=big.xlsx', { method: 'POST', body: Buffer.alloc(300_000) })).status).toBe(413);
  expect((await call('?name=notes.txt', { method: 'POST', body: 'x' })).status).toBe(400);
  expect((await call('/no-such-upload')).status).toBe(404);
  const bad = await call('?name=bad.xlsx', { method: 'POST', body: 'not a workbook' });
  const { id } = (await bad.json()) as { id: string };
  const preview = await call(`/${id}/preview`, json({}));
  expect(preview.status).toBe(400);
  expect(await preview.text()).not.toMatch(/g60-uploads|\/tmp\//);
});
