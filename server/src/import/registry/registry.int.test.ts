/**
 * A registry as the joint office would send it — an .xlsx with Chinese headers, a company sheet and a supply
 * sheet — and the same companies as a GBK CSV from Excel: both give the same graph, placed in the corridor's
 * cities and chain segments; a second, updated sheet updates in place; bad rows are named by file:sheet:row.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '@g60/graph-schema';
import { openTestGraph, type TestGraph } from '../../../test/graph.js';
import { loadCurated } from '../../seed/loadSeed.js';
import { SearchService } from '../../modules/search/search.service.js';
import { SearchStore } from '../../modules/search/search.store.js';
import { corridorRecords, generateCorridor } from '@g60/seeds/synthetic';
import { CURATED_DIR } from '../../seed/loadSeed.js';
import { writeRegistrySample } from '../../seed/registrySample.js';
import { ImportStore } from '../import.store.js';
import { importRegistry, type RegistryStores } from './registry.js';
import { RegistryStore } from './registry.store.js';

const code = (first17: string) => `${first17}${usccCheckCharacter(first17)}`;
const A = code('91330402MA2B00001');
const B = code('91340207MA2B00002');
const C = code('91310117MA2B00003');
const D = code('91330782MA2B00004');

const HEADER = ['企业名称', '统一社会信用代码', '注册地址', '国民经济行业代码', '成立日期', '是否上市'];
const COMPANIES = [
  ['嘉兴新能电池有限公司', A, '浙江省嘉兴市南湖区亚太路1号', '3841', '2015-03-01', '否'],
  ['芜湖电驱科技股份有限公司', B, '安徽省芜湖市鸠江区电子产业园', 'C3812', '2018年6月', '是'],
  ['上海松江整车制造有限公司', C, '上海市松江区九亭镇', '3612', '2012', '否'],
  ['义乌锂业有限公司', D, '浙江省义乌市稠江街道', '0939', '2020-11-20', '否'],
];

const dir = mkdtempSync(join(tmpdir(), 'g60-registry-'));
let graph: TestGraph;

async function workbook(file: string, sheets: Record<string, (string | Date)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The companies and what placed them, in a stable order. */
async function placed(): Promise<string[]> {
  const rows = await graph.query(
    `MATCH (c:Company) WHERE c.uscc IS NOT NULL
     OPTIONAL MATCH (c)-[:LOCATED_IN]->(city:City)
     OPTIONAL MATCH (c)-[:OPERATES_IN]->(s:Segment)
     WITH c, city, s ORDER BY s.id
     RETURN c.id AS id, c.nameZh AS name, c.uscc AS uscc, c.founded AS founded, c.listed AS listed,
            city.id AS city, collect(s.id) AS segments
     ORDER BY id`,
  );
  return rows.map((r) => JSON.stringify(r));
}

let stores: RegistryStores;

beforeAll(async () => {
  graph = await openTestGraph();
  stores = { registry: new RegistryStore(graph.executor), import: new ImportStore(graph.executor) };
});
beforeEach(async () => {
  await graph.reset();
  await loadCurated(stores.import);
});
afterAll(() => graph.close());

describe('registry import', () => {
  it('reads an .xlsx registry: ids from credit codes, cities from addresses, segments from industry codes, supplies', async () => {
    const file = await workbook('registry.xlsx', {
      企业名录: [HEADER, ...COMPANIES],
      供应关系: [
        ['供应商', '客户', '产品', '起始年份'],
        ['嘉兴新能电池有限公司', '上海松江整车制造有限公司', '动力电池', '2019'],
        ['义乌锂业有限公司', '嘉兴新能电池有限公司', '碳酸锂', '2021'],
      ],
    });
    const report = await importRegistry(stores, file);
    expect(report.rejected).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(report.sheets).toMatchObject([
      { sheet: '企业名录', kind: 'companies', rows: 4, unusedColumns: [] },
      { sheet: '供应关系', kind: 'supplies', rows: 2, unusedColumns: [] },
    ]);
    expect(report.sheets[0]?.columns).toEqual({
      name: '企业名称',
      uscc: '统一社会信用代码',
      address: '注册地址',
      industryCode: '国民经济行业代码',
      founded: '成立日期',
      listed: '是否上市',
    });
    expect(report.import?.written).toBe(true);
    const companies = (await placed()).map((r) => JSON.parse(r) as Record<string, unknown>);
    expect(companies).toEqual([
      {
        id: `company:${C.toLowerCase()}`,
        name: '上海松江整车制造有限公司',
        uscc: C,
        founded: '2012',
        listed: false,
        city: 'city:songjiang',
        segments: ['segment:nev.vehicle'],
      },
      {
        id: `company:${A.toLowerCase()}`,
        name: '嘉兴新能电池有限公司',
        uscc: A,
        founded: '2015-03-01',
        listed: false,
        city: 'city:jiaxing',
        segments: ['segment:nev.cell', 'segment:nev.pack'],
      },
      {
        id: `company:${D.toLowerCase()}`,
        name: '义乌锂业有限公司',
        uscc: D,
        founded: '2020-11-20',
        listed: false,
        city: 'city:jinhua',
        segments: ['segment:nev.lithium', 'segment:new-materials.rare-earth'],
      },
      {
        id: `company:${B.toLowerCase()}`,
        name: '芜湖电驱科技股份有限公司',
        uscc: B,
        founded: '2018-06',
        listed: true,
        city: 'city:wuhu',
        segments: ['segment:nev.motor', 'segment:robotics.servo'],
      },
    ]);
    const supplies = await graph.query(
      'MATCH (a:Company)-[s:SUPPLIES]->(b:Company) WHERE a.uscc IS NOT NULL RETURN a.nameZh AS a, b.nameZh AS b, s.product AS p, s.since AS since ORDER BY a',
    );
    expect(supplies).toEqual([
      { a: '义乌锂业有限公司', b: '嘉兴新能电池有限公司', p: '碳酸锂', since: '2021' },
      { a: '嘉兴新能电池有限公司', b: '上海松江整车制造有限公司', p: '动力电池', since: '2019' },
    ]);
    // Found the way people type them.
    const search = new SearchService(new SearchStore(graph.executor));
    expect((await search.search('jxxndc', null, 5))[0]?.node.id).toBe(`company:${A.toLowerCase()}`);
    expect((await search.search('芜湖电驱', null, 5))[0]?.node.id).toBe(`company:${B.toLowerCase()}`);
  });

  it('gives the same graph from a GBK CSV of the same rows as from the .xlsx', async () => {
    const xlsx = await workbook('same.xlsx', { 企业名录: [HEADER, ...COMPANIES] });
    const first = await importRegistry(stores, xlsx);
    expect(first.rejected).toEqual([]);
    expect(first.import?.written).toBe(true);
    const fromXlsx = await placed();

    await graph.reset();
    await loadCurated(stores.import);
    const csv = join(dir, 'same.csv');
    writeFileSync(csv, iconv.encode([HEADER, ...COMPANIES].map((r) => r.join(',')).join('\r\n'), 'gbk'));
    const report = await importRegistry(stores, csv);
    expect(report.encoding).toBe('GB18030');
    expect(report.rejected).toEqual([]);
    expect(report.import?.written).toBe(true);
    expect(await placed()).toEqual(fromXlsx);
  });

  it('updates a company met again in place, and leaves what the sheet does not say', async () => {
    const first = await workbook('v1.xlsx', { 企业名录: [HEADER, ...COMPANIES] });
    await importRegistry(stores, first);
    await graph.query('MATCH (c:Company {uscc: $A}) SET c.nameEn = "Jiaxing Xinneng Battery"', { A });
    const changed = COMPANIES.map((r, i) => (i === 0 ? [...r.slice(0, 4), '2016-01-01', '是'] : r));
    const second = await workbook('v2.xlsx', { 企业名录: [HEADER, ...changed] });
    const report = await importRegistry(stores, second);
    expect(report.import).toMatchObject({ created: 0, updated: 1 });
    const [row] = await graph.query(
      'MATCH (c:Company {uscc: $A}) RETURN count(*) AS n, c.founded AS founded, c.listed AS listed, c.nameEn AS en',
      { A },
    );
    expect(row).toEqual({ n: 1, founded: '2016-01-01', listed: true, en: 'Jiaxing Xinneng Battery' });
    expect(await graph.query('MATCH (c:Company) WHERE c.uscc IS NOT NULL RETURN count(c) AS n')).toEqual([{ n: 4 }]);
  });

  it('names every bad row by file:sheet:row and column, and writes nothing of the file unless told to skip them', async () => {
    const file = await workbook('bad.xlsx', {
      企业名录: [
        HEADER,
        ...COMPANIES,
        ['错码公司', `${A.slice(0, 17)}${A[17] === '0' ? '1' : '0'}`, '浙江省嘉兴市', '3841', '', ''],
        ['无码公司', '', '浙江省嘉兴市', '3841', '', ''],
        ['南京外地有限公司', code('91320106MA2B00005'), '江苏省南京市鼓楼区中山路1号', '3841', '', ''],
        ['农业公司', code('91330402MA2B00006'), '浙江省嘉兴市南湖区', '0111', '', ''],
      ],
      供应关系: [
        ['供应商', '客户'],
        ['查无此公司', '嘉兴新能电池有限公司'],
      ],
    });
    const refused = await importRegistry(stores, file);
    expect(refused.rejected).toEqual([
      { at: '企业名录:6', column: '统一社会信用代码', message: expect.stringMatching(/^check character is/) },
      {
        at: '企业名录:7',
        column: '统一社会信用代码',
        message: 'no credit code, and no company named "无码公司" in this file or the graph',
      },
      { at: '供应关系:2', column: '供应商', message: 'no company named "查无此公司" in this file or the graph' },
    ]);
    expect(refused.import).toBeUndefined();
    expect(await graph.query('MATCH (c:Company) WHERE c.uscc IS NOT NULL RETURN count(c) AS n')).toEqual([{ n: 0 }]);

    const skipped = await importRegistry(stores, file, { skipInvalid: true });
    expect(skipped.import?.written).toBe(true);
    expect(skipped.unplaced).toEqual([
      {
        at: '企业名录:8',
        companyId: expect.stringMatching(/^company:91320106/),
        name: '南京外地有限公司',
        reason: "city: 江苏省南京市鼓楼区 is outside the corridor's cities",
      },
      {
        at: '企业名录:9',
        companyId: expect.stringMatching(/^company:91330402/),
        name: '农业公司',
        reason: 'segment: industry code 0111 is not in the mapping table',
      },
    ]);
    expect(await graph.query('MATCH (c:Company) WHERE c.uscc IS NOT NULL RETURN count(c) AS n')).toEqual([{ n: 6 }]);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });

  it('reads back the synthetic corridor written as a registry: every company placed, every supply row linked', async () => {
    const file = join(dir, 'synthetic-S.xlsx');
    const written = await writeRegistrySample(corridorRecords('S', 60, CURATED_DIR), file, CURATED_DIR);
    const corridor = generateCorridor('S', 60, CURATED_DIR).files;
    expect(written).toMatchObject({ companies: corridor.companies.length, supplies: corridor.supplies.length });
    const report = await importRegistry(stores, file);
    expect(report.rejected).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(report.import?.written).toBe(true);
    const [counts] = await graph.query(
      `MATCH (c:Company) WHERE c.uscc IS NOT NULL
       RETURN count(c) AS companies,
              sum(COUNT { (c)-[:SUPPLIES]->() }) AS supplies, sum(CASE WHEN EXISTS { (c)-[:LOCATED_IN]->() } THEN 1 ELSE 0 END) AS located`,
    );
    expect(counts).toMatchObject({
      companies: corridor.companies.length,
      supplies: corridor.supplies.length,
      located: corridor.companies.length,
    });
  }, 120_000);
});
