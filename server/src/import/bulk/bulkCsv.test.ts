import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportRecord } from '@g60/graph-schema';
import { expect, it } from 'vitest';
import { writeBulkCsv } from './bulkCsv.js';

it('writes one typed CSV per label and per type, quoting text, with a delimiter no array element contains', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'g60-bulkcsv-'));
  const records = [
    {
      kind: 'City',
      id: 'city:a',
      nameZh: '甲"城',
      province: '省',
      lat: 31,
      lng: 121.5,
      role: 'MEMBER',
      aliases: ['a;b'],
    },
    { kind: 'Company', id: 'company:x', nameZh: '某公司', listed: true, aliases: [] },
    { kind: 'LOCATED_IN', from: 'company:x', to: 'city:a', sources: [] },
  ] as unknown as ImportRecord[];
  const files = await writeBulkCsv(records, dir);
  expect(files.arrayDelimiter).toBe('|');
  expect(files.multiline).toBe(false);
  expect(files.emptyArrays).toEqual({
    nodes: [{ label: 'Company', key: 'aliases' }],
    relationships: [{ type: 'LOCATED_IN', key: 'sources' }],
  });
  const city = readFileSync(join(dir, 'nodes-City.csv'), 'utf8').split('\n');
  expect(city[0]).toBe('id:ID,nameZh:string,province:string,lat:float,lng:float,role:string,aliases:string[]');
  expect(city[1]).toBe('"city:a","甲""城","省",31,121.5,"MEMBER","a;b"');
  expect(readFileSync(join(dir, 'relationships-LOCATED_IN.csv'), 'utf8')).toBe(
    ':START_ID,:END_ID,sources:string[]\n"company:x","city:a",""\n',
  );
});
