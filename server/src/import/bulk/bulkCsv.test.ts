import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportRecord } from '@g60/graph-schema';
import { describe, expect, it } from 'vitest';
import { BulkCsvWriter, chooseArrayDelimiter } from './bulkCsv.js';
import { addParsed, parseInputs, writeInputs } from './bulkInput.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'g60-bulkcsv-'));

const city = {
  kind: 'City',
  id: 'city:a',
  nameZh: '甲"城',
  province: '省',
  lat: 31,
  lng: 121.5,
  role: 'MEMBER',
  aliases: ['a;b'],
};

describe('bulk CSV', () => {
  it('writes typed CSVs per label and per type, quoting text, with a delimiter no array element contains', async () => {
    const dir = tmp();
    const records = [
      city,
      { kind: 'Company', id: 'company:x', nameZh: '某公司', listed: true, aliases: [] },
      { kind: 'LOCATED_IN', from: 'company:x', to: 'city:a', sources: [] },
    ] as unknown as ImportRecord[];
    expect(chooseArrayDelimiter(records)).toBe('|');
    const writer = await writeInputs([{ name: 'in.json', raw: records.map((value, i) => ({ line: i + 1, value })) }])(
      dir,
    );
    const files = await writer.finish();
    expect(writer.errorCount).toBe(0);
    expect(files.arrayDelimiter).toBe('|');
    expect(files.multiline).toBe(false);
    expect(files.emptyArrays).toEqual({
      nodes: [{ label: 'Company', key: 'aliases' }],
      relationships: [{ type: 'LOCATED_IN', key: 'sources' }],
    });
    const [cityFile] = files.nodes.filter((f) => f.label === 'City');
    const lines = readFileSync(cityFile?.file ?? '', 'utf8').split('\n');
    expect(lines[0]).toBe(
      'id:ID,nameZh:string,aliases:string[],synthetic:boolean,province:string,lat:float,lng:float,role:string,searchKeys:string[]',
    );
    // searchKeys: derived from the names as the node is written (text/searchKeys.ts).
    expect(lines[1]).toBe('"city:a","甲""城","a;b",false,"省",31,121.5,"MEMBER","jiacheng|jc"');
    const [located] = files.relationships;
    expect(readFileSync(located?.file ?? '', 'utf8')).toBe(
      ':START_ID,:END_ID,sources:string[],synthetic:boolean\n"company:x","city:a","",false\n',
    );
  });

  it('starts a new part with its own header when a record brings a property the earlier ones lacked', async () => {
    const dir = tmp();
    const writer = new BulkCsvWriter(dir);
    const company = (n: number, extra: object) =>
      ({
        kind: 'Company',
        id: `company:c${n}`,
        nameZh: `公司${n}`,
        aliases: [],
        synthetic: false,
        ...extra,
      }) as ImportRecord;
    writer.add(company(1, {}), 'a.json', 1);
    writer.add(company(2, { founded: '2001' }), 'a.json', 2);
    writer.add(company(3, {}), 'a.json', 3);
    const files = await writer.finish();
    expect(files.nodes.map((f) => [basename(f.file), f.rows])).toEqual([
      ['nodes-Company-0.csv', 1],
      ['nodes-Company-1.csv', 2],
    ]);
    const second = readFileSync(files.nodes[1]?.file ?? '', 'utf8').split('\n');
    expect(second[0]).toBe('id:ID,nameZh:string,aliases:string[],synthetic:boolean,searchKeys:string[],founded:string');
    expect(second[2]).toBe('"company:c3","公司3","",false,"gongsi;gs",');
  });

  it('names every problem by file and line: an unknown end, an id or a link given twice, a bad record', async () => {
    const writer = new BulkCsvWriter(tmp());
    const raw = [
      { kind: 'Company', id: 'company:a', nameZh: '甲' },
      { kind: 'Company', id: 'company:b', nameZh: '乙' },
      { kind: 'SUPPLIES', from: 'company:a', to: 'company:b' },
      { kind: 'SUPPLIES', from: 'company:a', to: 'company:nowhere' },
      { kind: 'Company', id: 'company:a', nameZh: '重复' },
      { kind: 'Company', id: 'company:c' },
    ].map((value, i) => ({ line: i + 1, value }));
    const other = [{ line: 7, value: { kind: 'SUPPLIES', from: 'company:a', to: 'company:b', product: '电池' } }];
    await addParsed(
      writer,
      parseInputs([
        { name: 'one.json', raw },
        { name: 'two.json', raw: other },
      ]),
    );
    expect(writer.errors).toEqual([
      { file: 'one.json', line: 6, field: 'nameZh', message: expect.any(String) },
      { file: 'one.json', line: 5, field: 'id', message: '"company:a" is given already at one.json:1' },
      { file: 'one.json', line: 4, field: 'to', message: 'no node with id "company:nowhere" before it in the input' },
      { file: 'two.json', line: 7, field: 'to', message: 'this SUPPLIES link is given already at one.json:3' },
    ]);
    expect(writer.errorCount).toBe(4);
    const files = await writer.finish();
    expect(files.relationships.map((f) => f.rows)).toEqual([1]);
  });

  it('refuses an array element holding the delimiter chosen up front for a stream', async () => {
    const writer = new BulkCsvWriter(tmp(), ';');
    writer.add(city as ImportRecord, 'cities.jsonl', 3);
    expect(writer.errors).toEqual([
      { file: 'cities.jsonl', line: 3, field: 'aliases', message: expect.stringMatching(/array delimiter/) },
    ]);
    expect((await writer.finish()).nodes).toEqual([]);
  });
});
