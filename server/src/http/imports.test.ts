/**
 * The HTTP face of the import jobs, with a fake registry pipeline: each refusal of the service as the status, code
 * and text the web app and partners read, the write scope, and the answers' shapes. The real pipeline over Neo4j is
 * walked in imports.int.test.ts.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ImportJobs, type RegistryRunner } from '../import/jobs/importJobs.js';
import { ParseError } from '../import/parse.js';
import type { RegistryReport } from '../import/registry/registry.js';
import type { Principal, Scope } from '../modules/access/access.service.js';
import { finalErrorHandler } from './httpErrors.js';
import { importRoutes } from './imports.js';

const report = (written?: boolean): RegistryReport => ({
  file: 'r.xlsx',
  sheets: [{ sheet: '名录', kind: 'company', rows: 2, unusedColumns: [] }],
  rejected: [{ at: '名录:4', column: '统一社会信用代码', message: 'check character' }],
  unplaced: [{ at: '名录:3', companyId: 'company:x', name: '宁波上传测试有限公司', reason: '宁波 is not a city' }],
  codesVersion: '1',
  where: (line) => `名录:${line}`,
  import:
    written === undefined
      ? undefined
      : {
          rows: 3,
          valid: 2,
          invalid: 1,
          created: 2,
          updated: 0,
          unchanged: 0,
          batches: 1,
          written,
          errors: [{ line: 5, field: 'to', message: 'no node with id "x"' }],
          ms: 12.4,
          rowsPerSecond: 160,
        },
});

/** Imports end when the test says; previews answer at once (a file named bad.xlsx is not a workbook). */
let importEnds: ((r: RegistryReport) => void)[] = [];
const runner: RegistryRunner = {
  preview: async (file) => {
    if (file.endsWith('bad.xlsx')) throw new ParseError(`${file}: not an Excel workbook`);
    return report();
  },
  import: (_file, options) =>
    new Promise((resolve) => {
      options.onProgress?.({ phase: 'write', done: 1, total: 2 });
      importEnds.push(resolve);
    }),
};

let dir: string;
let server: Server;
let base: string;
let jobs: ImportJobs;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'g60-import-routes-'));
  jobs = new ImportJobs(runner, { dir, maxBytes: 100 });
  const app = express();
  app.use((req, res, next) => {
    // The scopes authenticate() would have found for the caller's key (write unless the test says).
    const scopes = String(req.headers['x-scopes'] ?? 'write').split(',') as Scope[];
    const principal: Principal = { keyId: null, scopes: new Set(scopes) };
    res.locals.principal = principal;
    next();
  });
  app.use('/api/imports', importRoutes(jobs));
  app.use(finalErrorHandler);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/imports`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const upload = async (name: string, body = 'a,b\n') => {
  const res = await fetch(`${base}?name=${encodeURIComponent(name)}`, { method: 'POST', body });
  return { res, body: (await res.json()) as { id: string; name: string; bytes: number } };
};
const error = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

it('answers 403 on every route without the write scope', async () => {
  const { body } = await upload('r.xlsx');
  const forbidden = error('importing needs an API key with the write scope', 'FORBIDDEN');
  for (const res of [
    await fetch(`${base}?name=r.xlsx`, { method: 'POST', body: 'x', headers: { 'x-scopes': 'read' } }),
    await post(`/${body.id}/preview`, {}, { 'x-scopes': 'read' }),
    await post(`/${body.id}/commit`, {}, { 'x-scopes': 'read' }),
    await fetch(`${base}/${body.id}`, { headers: { 'x-scopes': 'read' } }),
    await fetch(`${base}/${body.id}/report.csv`, { headers: { 'x-scopes': '' } }),
  ]) {
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(forbidden);
  }
});

it('uploads: 201 {id, name, bytes}; 400 for a bad name; 413 over the size', async () => {
  const ok = await upload('dir/registry.xlsx', 'abc');
  expect(ok.res.status).toBe(201);
  expect(ok.body).toEqual({ id: expect.any(String), name: 'registry.xlsx', bytes: 3 });

  const bad = await upload('notes.txt');
  expect(bad.res.status).toBe(400);
  expect(bad.body).toEqual(error('name: the file name, ending in .xlsx or .csv', 'BAD_USER_INPUT'));

  const big = await upload('big.csv', 'x'.repeat(101));
  expect(big.res.status).toBe(413);
  expect(big.body).toEqual(error('the file is larger than 0 MB', 'PAYLOAD_TOO_LARGE'));
});

it('answers 404 for an unknown upload on every route, before reading the body', async () => {
  const missing = error('no upload "nope" (uploads are kept for an hour)', 'NOT_FOUND');
  for (const res of [
    await post('/nope/preview', { mapping: 3 }),
    await post('/nope/commit', { nonsense: true }),
    await fetch(`${base}/nope`),
    await fetch(`${base}/nope/report.csv`),
  ]) {
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(missing);
  }
});

it('previews: the report with its lists cut and counted; 400 for a bad body or a file that is not a workbook', async () => {
  const { body } = await upload('r.xlsx');
  const res = await post(`/${body.id}/preview`, { mapping: { name: '单位全称' } });
  expect(res.status).toBe(200);
  const { where: _where, import: _import, ...rest } = report();
  expect(await res.json()).toEqual({ ...rest, rejectedCount: 1, unplacedCount: 1 });

  const badBody = await post(`/${body.id}/preview`, { mapping: { name: '' } });
  expect(badBody.status).toBe(400);
  expect(await badBody.json()).toEqual(error(expect.stringMatching(/^mapping: /), 'BAD_USER_INPUT'));

  const bad = await upload('bad.xlsx');
  const unread = await post(`/${bad.body.id}/preview`, {});
  expect(unread.status).toBe(400);
  expect(await unread.json()).toEqual(error('bad.xlsx: not an Excel workbook', 'BAD_USER_INPUT'));
});

it('commits: 202 {id, state}; the status with progress, then the report; 429 while busy; 409 once done', async () => {
  const { body } = await upload('r.xlsx');
  const other = await upload('s.xlsx');

  const noReport = await fetch(`${base}/${body.id}/report.csv`);
  expect(noReport.status).toBe(409);
  expect(await noReport.json()).toEqual(error('no report yet: commit the import first', 'CONFLICT'));

  const badBody = await post(`/${body.id}/commit`, { skipInvalid: 'yes' });
  expect(badBody.status).toBe(400);
  expect(await badBody.json()).toEqual(error(expect.stringMatching(/^skipInvalid: /), 'BAD_USER_INPUT'));

  const started = await post(`/${body.id}/commit`, { skipInvalid: true });
  expect(started.status).toBe(202);
  expect(await started.json()).toEqual({ id: body.id, state: 'importing' });

  const running = await fetch(`${base}/${body.id}`);
  expect(await running.json()).toEqual({
    id: body.id,
    name: 'r.xlsx',
    bytes: 4,
    state: 'importing',
    progress: { phase: 'write', done: 1, total: 2 },
    error: null,
    report: null,
  });

  const again = await post(`/${body.id}/commit`, {});
  expect(again.status).toBe(409);
  expect(await again.json()).toEqual(error('this upload is being imported', 'CONFLICT'));

  const busy = error('another import is running on this server; try again when it ends', 'RATE_LIMITED');
  for (const res of [await post(`/${other.body.id}/commit`, {}), await post(`/${other.body.id}/preview`, {})]) {
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual(busy);
  }

  importEnds.shift()?.(report(true));
  importEnds = [];
  await expect
    .poll(async () => ((await (await fetch(`${base}/${body.id}`)).json()) as { state: string }).state)
    .toBe('done');
  const done = (await (await fetch(`${base}/${body.id}`)).json()) as { report: { import: unknown } };
  expect(done.report.import).toEqual({
    written: true,
    records: 3,
    created: 2,
    updated: 0,
    unchanged: 0,
    invalid: 1,
    errors: [{ at: '名录:5', column: 'to', message: 'no node with id "x"' }],
    ms: 12,
  });

  const csv = await fetch(`${base}/${body.id}/report.csv`);
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(csv.headers.get('content-disposition')).toBe('attachment; filename=r.xlsx.report.csv');
  const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
  expect(text).toContain('rejected,名录:4,统一社会信用代码,check character');
  expect(text).toContain('rejected,名录:5,to');
  expect(text).toContain('unplaced,名录:3,company:x 宁波上传测试有限公司');
  expect(text).toContain('"created 2, updated 0, unchanged 0, rejected 2, unplaced 1"');

  const twice = await post(`/${body.id}/commit`, {});
  expect(twice.status).toBe(409);
  expect(await twice.json()).toEqual(error('this upload is imported already', 'CONFLICT'));
});
