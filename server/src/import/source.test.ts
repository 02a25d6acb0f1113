import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, type RawRecord } from './parse.js';
import { openFileSource, type RecordSource } from './source.js';

const dir = mkdtempSync(join(tmpdir(), 'g60-source-'));
let n = 0;
function file(ext: string, bytes: Uint8Array | string): string {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function all(source: RecordSource): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of source.records()) out.push(r);
  return out;
}

// 横店东磁 in GBK (the same bytes in GB18030).
const GBK_NAME = [0xba, 0xe1, 0xb5, 0xea, 0xb6, 0xab, 0xb4, 0xc5];

describe('file sources', () => {
  it('streams a GBK CSV larger than a read chunk, characters split across chunks decoded whole', async () => {
    const header = Buffer.from('kind,id,nameZh\n');
    // Rows of 30 bytes: some GBK pair straddles the 1 MiB chunk boundary.
    const rows: number[] = [];
    for (let i = 0; i < 40_000; i++)
      rows.push(...Buffer.from(`Company,company:r${String(i).padStart(6, '0')},`), ...GBK_NAME, 0x0a);
    let encoding = '';
    const source = await openFileSource(file('.csv', Uint8Array.from([...header, ...rows])), undefined, (e) => {
      encoding = e;
    });
    expect(encoding).toBe('GB18030');
    const records = await all(source);
    expect(records).toHaveLength(40_000);
    expect(records.every((r) => r.value.nameZh === '横店东磁')).toBe(true);
    expect(records[39_999]).toEqual({
      line: 40_001,
      value: { kind: 'Company', id: 'company:r039999', nameZh: '横店东磁' },
    });
    // Every pass reads the same records.
    expect(await all(source)).toEqual(records);
    // A few MB decoded twice: seconds on a machine busy with the integration suite's Neo4j beside it.
  }, 30_000);

  it('streams JSON Lines with their line numbers, a byte-order mark skipped', async () => {
    const path = file('.jsonl', '\ufeff{"kind":"City","id":"city:a"}\n\n{"kind":"City","id":"city:b"}\n');
    expect((await all(await openFileSource(path))).map((r) => [r.line, r.value.id])).toEqual([
      [1, 'city:a'],
      [3, 'city:b'],
    ]);
  });

  it('names the file and line of a broken row', async () => {
    const csv = await openFileSource(file('.csv', 'kind,id\nCity,city:a\nCity,"unclosed\n'));
    await expect(all(csv)).rejects.toThrow(ParseError);
    const jsonl = await openFileSource(file('.jsonl', '{"kind":"City"}\n{oops\n'));
    await expect(all(jsonl)).rejects.toThrow(/f\d+\.jsonl:2: /);
  });

  it('refuses a file that is not text before reading any record', async () => {
    await expect(openFileSource(file('.csv', Uint8Array.from([0x41, 0xff, 0x41])))).rejects.toThrow(
      /neither UTF-8.*GB18030/,
    );
    await expect(openFileSource(file('.xlsx', 'PK'))).rejects.toThrow(/unsupported file type "\.xlsx"/);
  });

  it('refuses to read a file again once it changed, so the passes of one import agree', async () => {
    const path = file('.csv', 'kind,id\nCity,city:a\n');
    const source = await openFileSource(path);
    await all(source);
    writeFileSync(path, 'kind,id\nCity,city:a\nCity,city:b\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    await expect(all(source)).rejects.toThrow(/changed while it was being imported/);
  });
});
