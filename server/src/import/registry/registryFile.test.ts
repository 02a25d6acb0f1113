import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegistry, readMapping } from './registryFile.js';

const dir = mkdtempSync(join(tmpdir(), 'g60-registry-file-'));
const file = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('registry files', () => {
  it('takes a mapping of some fields, and names an unknown one with the fields there are', async () => {
    expect(await readMapping(file('m.json', '{"name": "单位全称"}'))).toEqual({ name: '单位全称' });
    await expect(readMapping(file('bad.json', '{"nmae": "x"}'))).rejects.toThrow(/fields are name, uscc/);
    await expect(readMapping(file('broken.json', '{'))).rejects.toThrow(/broken\.json/);
  });

  it('tells a registry CSV from one in the import layout', async () => {
    expect(await isRegistry(file('r.csv', '企业名称,统一社会信用代码\n甲,\n'))).toBe(true);
    expect(await isRegistry(file('own.csv', 'id,nameZh\ncompany:a,甲\n'))).toBe(false);
    expect(await isRegistry(file('other.csv', 'foo,bar\n1,2\n'))).toBe(false);
    expect(await isRegistry(file('r.xlsx', 'PK'))).toBe(true);
  });
});
