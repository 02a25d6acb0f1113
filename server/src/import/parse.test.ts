import { describe, expect, it } from 'vitest';
import { ParseError, kindFromFileName, parseCsvRecords, parseJsonLines, parseJsonRecords } from './parse.js';

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
