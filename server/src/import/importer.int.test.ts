import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../../test/graph.js';
import { DomainError } from '../errors.js';
import { ImportStore } from './import.store.js';
import { importRecords } from './importer.js';
import { readRecords } from './parse.js';

let graph: TestGraph;
let imports: ImportStore;
const dir = mkdtempSync(join(tmpdir(), 'g60-import-'));

beforeAll(async () => {
  graph = await openTestGraph();
  imports = new ImportStore(graph.executor);
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const counts = async () => {
  const [row] = await graph.query(
    // Every write moves the corridor's revision and records its change set (bookkeeping nodes): the data is what
    // is counted.
    'CALL () { MATCH (n) WHERE NOT (n:CorridorRevision OR n:ChangeSet OR n:ChangeSetPage OR n:ChangeLog) ' +
      'RETURN count(n) AS nodes } ' +
      'CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return row;
};

const companiesCsv = [
  'id,nameZh,nameEn,aliases,listed',
  'company:hengdian-dmegc,横店集团东磁股份有限公司,DMEGC,横店东磁|橫店東磁,true',
  'company:innuovo,英洛华科技股份有限公司,,英洛华,true',
  'company:kaiwen,凯文磁钢,,,false',
].join('\n');

describe('import', () => {
  it('rejects bad rows with their line and field and writes nothing of that file', async () => {
    const path = file(
      'Company.csv',
      [
        'id,nameZh,listed,founded',
        'company:ok,正常公司,true,2001',
        'company:bad-date,日期错误公司,false,2001-13',
        'BAD ID,名称,false,',
        'company:no-name,,false,',
      ].join('\n'),
    );
    const summary = await importRecords(imports, await readRecords(path));
    expect(summary.written).toBe(false);
    expect(summary.errors).toEqual([
      { line: 3, field: 'founded', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' },
      { line: 4, field: 'id', message: expect.stringContaining('company:some-slug') },
      { line: 5, field: 'nameZh', message: expect.any(String) },
    ]);
    expect(await counts()).toEqual({ nodes: 0, rels: 0 });
  });

  it('writes the valid rows and reports the rest when asked to skip bad rows', async () => {
    const path = file('Company-mixed.csv', 'id,nameZh\ncompany:ok,正常公司\ncompany:Bad,坏\n');
    const summary = await importRecords(imports, await readRecords(path), { skipInvalid: true });
    expect(summary).toMatchObject({ written: true, valid: 1, invalid: 1, created: 1 });
    expect(await counts()).toEqual({ nodes: 1, rels: 0 });
  });

  it('is idempotent: importing twice gives the same graph and reports everything unchanged', async () => {
    const companies = file('Company.csv', companiesCsv);
    const links = file(
      'links.json',
      JSON.stringify([
        {
          kind: 'City',
          id: 'city:jinhua',
          nameZh: '金华',
          province: '浙江省',
          lat: 29.08,
          lng: 119.65,
          role: 'MEMBER',
        },
        { kind: 'LOCATED_IN', from: 'company:hengdian-dmegc', to: 'city:jinhua' },
        { kind: 'SUPPLIES', from: 'company:kaiwen', to: 'company:hengdian-dmegc', product: '磁钢' },
      ]),
    );
    const first = [
      await importRecords(imports, await readRecords(companies), { batchSize: 2 }),
      await importRecords(imports, await readRecords(links)),
    ];
    expect(first.map((s) => [s.created, s.updated, s.unchanged])).toEqual([
      [3, 0, 0],
      [3, 0, 0],
    ]);
    expect(first[0]?.batches).toBe(2);
    const afterFirst = await counts();
    const snapshot = await graph.query('MATCH (n) RETURN n.id AS id, properties(n) AS p ORDER BY id');

    const second = [
      await importRecords(imports, await readRecords(companies)),
      await importRecords(imports, await readRecords(links)),
    ];
    expect(second.map((s) => [s.created, s.updated, s.unchanged])).toEqual([
      [0, 0, 3],
      [0, 0, 3],
    ]);
    expect(await counts()).toEqual(afterFirst);
    expect(await graph.query('MATCH (n) RETURN n.id AS id, properties(n) AS p ORDER BY id')).toEqual(snapshot);
  });

  it('counts a changed record as updated and makes the node equal to the record', async () => {
    await importRecords(imports, await readRecords(file('Company.csv', companiesCsv)));
    const changed = companiesCsv.replace('DMEGC,横店东磁|橫店東磁', ',横店东磁');
    const summary = await importRecords(imports, await readRecords(file('Company.csv', changed)));
    expect([summary.created, summary.updated, summary.unchanged]).toEqual([0, 1, 2]);
    const [row] = await graph.query(
      "MATCH (c:Company {id: 'company:hengdian-dmegc'}) RETURN c.nameEn AS en, c.aliases AS aliases",
    );
    expect(row).toEqual({ en: null, aliases: ['横店东磁'] });
  });

  it('reports links whose ends exist neither in the file nor in the database', async () => {
    const path = file('SUPPLIES.csv', 'from,to,product\ncompany:ghost,company:nobody,芯片\n');
    const summary = await importRecords(imports, await readRecords(path));
    expect(summary.written).toBe(false);
    expect(summary.errors).toEqual([
      { line: 2, field: 'from', message: 'no node with id "company:ghost"' },
      { line: 2, field: 'to', message: 'no node with id "company:nobody"' },
    ]);
  });

  it('leaves nothing of a batch that fails mid-way', async () => {
    // A company already holds this credit code; the 4th row of the next batch reuses it, which the uniqueness
    // constraint rejects only when Neo4j reaches that row, after the first three were written in the same batch.
    const uscc = '91330700712560575L';
    await importRecords(imports, [
      { line: 1, value: { kind: 'Company', id: 'company:holder', nameZh: '持有者', uscc } },
    ]);
    const rows = [1, 2, 3].map((i) => ({
      line: i,
      value: { kind: 'Company', id: `company:new-${i}`, nameZh: `新公司${i}` },
    }));
    rows.push({ line: 4, value: { kind: 'Company', id: 'company:new-4', nameZh: '新公司4', uscc } as never });
    await expect(importRecords(imports, rows)).rejects.toSatisfy(
      (e) => e instanceof DomainError && e.code === 'CONSTRAINT_VIOLATION',
    );
    const [row] = await graph.query("MATCH (c:Company) WHERE c.id STARTS WITH 'company:new-' RETURN count(c) AS n");
    expect(row?.n).toBe(0);
  });

  it('imports 2,000 rows in batches and reports the rate', async () => {
    const lines = ['id,nameZh,synthetic'];
    for (let i = 0; i < 2000; i++) lines.push(`company:bulk-${i},批量公司${i},true`);
    const summary = await importRecords(imports, await readRecords(file('Company-bulk.csv', lines.join('\n'))), {
      batchSize: 500,
    });
    expect(summary).toMatchObject({ rows: 2000, created: 2000, batches: 4, written: true });
    expect(summary.rowsPerSecond).toBeGreaterThan(0);
  });
});
