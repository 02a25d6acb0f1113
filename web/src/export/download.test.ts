import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './download';

describe('toCsv', () => {
  it('writes nodes and edges with a BOM and quotes what needs quoting', () => {
    const csv = toCsv({
      nodes: [
        { id: 'company:a', kind: 'COMPANY', label: '甲,"乙"', labelEn: null, cityId: 'city:hefei', synthetic: false },
      ],
      edges: [{ id: 'e1', kind: 'SUPPLIES', source: 'company:a', target: 'company:b' }],
    });
    const lines = csv.split('\n');
    expect(lines[0]).toBe('\uFEFFtype,id,kind,label,labelEn,cityId,synthetic,tier,source,target');
    expect(lines[1]).toBe('node,company:a,COMPANY,"甲,""乙""",,city:hefei,false,,,');
    expect(lines[2]).toBe('edge,e1,SUPPLIES,,,,,,company:a,company:b');
  });

  it('defuses cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+86 571')).toBe("'+86 571");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('横店东磁')).toBe('横店东磁');
  });
});
