import { describe, expect, it } from 'vitest';
import {
  ParseError,
  decodeText,
  kindFromFileName,
  parseCsvRecords,
  parseJsonLines,
  parseJsonRecords,
} from './parse.js';

describe('parseCsvRecords', () => {
  it('gives every row the line it is on and drops empty cells', () => {
    const csv = 'id,nameZh,nameEn\ncompany:a,甲公司,\n\ncompany:b,乙公司,B Co\n';
    expect(parseCsvRecords(csv, 'Company')).toEqual([
      { line: 2, value: { kind: 'Company', id: 'company:a', nameZh: '甲公司' } },
      { line: 4, value: { kind: 'Company', id: 'company:b', nameZh: '乙公司', nameEn: 'B Co' } },
    ]);
  });

  it('refuses rows whose kind cannot be told', () => {
    expect(() => parseCsvRecords('id\ncompany:a\n', undefined, 'x.csv')).toThrow(ParseError);
  });

  it('keeps a kind column over the file kind', () => {
    const [row] = parseCsvRecords('kind,id\nCity,city:a\n', 'Company');
    expect(row?.value.kind).toBe('City');
  });
});

describe('kindFromFileName', () => {
  it('reads the label or relationship type from the file name', () => {
    expect(kindFromFileName('/data/Company.csv')).toBe('Company');
    expect(kindFromFileName('supplies-2024.csv')).toBe('SUPPLIES');
    expect(kindFromFileName('stuff.csv')).toBeUndefined();
  });
});

describe('parseJsonRecords', () => {
  it('finds the line on which each record of an array starts', () => {
    const json = '[\n{"kind":"City","id":"city:a"},\n\n{"kind":"City",\n "id":"city:b"}\n]';
    expect(parseJsonRecords(json).map((r) => r.line)).toEqual([2, 4]);
  });

  it('accepts {"records": [...]} and ignores brackets inside strings', () => {
    const json = '{"records": [\n{"kind":"City","nameZh":"[{x"},\n{"kind":"City"}\n]}';
    expect(parseJsonRecords(json).map((r) => r.line)).toEqual([2, 3]);
  });

  it('reports malformed JSON with the file name', () => {
    expect(() => parseJsonRecords('[{', 'bad.json')).toThrow(/bad\.json/);
  });
});

describe('parseJsonLines', () => {
  it('numbers records by line and skips blank lines', () => {
    expect(parseJsonLines('{"a":1}\n\n{"a":2}\n').map((r) => r.line)).toEqual([1, 3]);
  });
});

describe('decodeText', () => {
  const csv = (name: number[]) =>
    Uint8Array.from([...Buffer.from('kind,id,nameZh\nCompany,company:x,'), ...name, 0x0a]);
  // 横店东磁 in GBK (the same bytes in GB18030), and in UTF-8.
  const gbk = [0xba, 0xe1, 0xb5, 0xea, 0xb6, 0xab, 0xb4, 0xc5];
  const utf8 = [...Buffer.from('横店东磁')];

  it('reads UTF-8 with and without a byte-order mark, UTF-16 with one, and GBK/GB18030', () => {
    expect(decodeText(csv(utf8), 'a.csv')).toEqual({
      text: 'kind,id,nameZh\nCompany,company:x,横店东磁\n',
      encoding: 'UTF-8',
    });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...csv(utf8)]), 'a.csv').text).toMatch(/^kind,.*横店东磁\n$/s);
    const utf16 = Buffer.from('\ufeffkind\n横店东磁\n', 'utf16le');
    expect(decodeText(utf16, 'a.csv')).toEqual({ text: 'kind\n横店东磁\n', encoding: 'UTF-16LE' });
    expect(decodeText(csv(gbk), 'gbk.csv')).toEqual({
      text: 'kind,id,nameZh\nCompany,company:x,横店东磁\n',
      encoding: 'GB18030',
    });
  });

  it('refuses the whole file when it is none of them, instead of replacement characters', () => {
    // 0xFF is a lead byte in neither UTF-8 nor GB18030 (an xlsx, an image, a Big5 file with such bytes).
    expect(() => decodeText(csv([0xff, 0xfe, 0x41, 0xff]).subarray(0), 'bad.csv')).toThrow(ParseError);
    expect(() => decodeText(Uint8Array.from([0x41, 0xff, 0x41]), 'bad.csv')).toThrow(/neither UTF-8.*GB18030/);
  });
});
