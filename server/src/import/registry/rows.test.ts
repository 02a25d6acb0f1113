import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openRows, worksheetPart, type SheetRow } from './rows.js';

const dir = mkdtempSync(join(tmpdir(), 'g60-rows-'));
// Names of 3-byte characters with odd lengths, so that chunk boundaries fall inside characters again and again.
const names = Array.from({ length: 20_000 }, (_, i) => `长三角终端应用${'科创走廊'.slice(0, (i % 4) + 1)}${i}号`);

async function rowsOf(file: string): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of (await openRows(file)).rows()) out.push(row);
  return out;
}

describe('registry rows from .xlsx', () => {
  it.each([
    ['inline strings (a streamed writer)', false],
    ['shared strings (what Excel writes)', true],
  ])('keeps every Chinese character whole across read chunks, with %s', async (_, shared) => {
    const file = join(dir, `names-${shared}.xlsx`);
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: shared });
    const sheet = book.addWorksheet('企业名录');
    sheet.addRow(['企业名称', '成立日期']).commit();
    for (const name of names) sheet.addRow([name, new Date('2015-03-01')]).commit();
    sheet.commit();
    await book.commit();
    const rows = await rowsOf(file);
    expect(rows).toHaveLength(names.length + 1);
    expect(rows[0]).toEqual({ sheet: '企业名录', row: 1, cells: ['企业名称', '成立日期'] });
    const garbled = rows.slice(1).filter((r, i) => r.cells[0] !== names[i]);
    expect(garbled).toEqual([]);
    expect(rows[1]?.cells[1]).toBe('2015-03-01');
  });
});

describe('worksheet parts', () => {
  const worksheet = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
  it('finds a worksheet however its target is written, and passes over chart sheets', () => {
    expect(worksheetPart({ Type: worksheet, Target: 'worksheets/sheet2.xml' })).toBe('xl/worksheets/sheet2.xml');
    expect(worksheetPart({ Type: worksheet, Target: '/xl/worksheets/sheet1.xml' })).toBe('xl/worksheets/sheet1.xml');
    expect(worksheetPart({ Type: worksheet, Target: 'worksheets/企业名录.xml' })).toBe('xl/worksheets/企业名录.xml');
    expect(
      worksheetPart({ Type: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet', Target: 'ws/a.xml' }),
    ).toBe('xl/ws/a.xml');
    const chart = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet';
    expect(worksheetPart({ Type: chart, Target: 'chartsheets/sheet1.xml' })).toBeUndefined();
  });
});
