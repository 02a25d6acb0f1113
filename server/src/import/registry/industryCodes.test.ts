import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURATED_DIR } from '../../seed/loadSeed.js';
import { INDUSTRY_CODES_FILE, loadIndustryCodes } from './industryCodes.js';

describe('industry codes', () => {
  const codes = loadIndustryCodes();

  it('finds a class, a class under a listed group, and codes written with their section letter', () => {
    expect(codes.segmentsOf('3841')).toEqual(['segment:nev.cell', 'segment:nev.pack']);
    expect(codes.segmentsOf('C3841')).toEqual(['segment:nev.cell', 'segment:nev.pack']);
    expect(codes.segmentsOf('2614')).toEqual(['segment:new-materials.chemicals']);
    expect(codes.segmentsOf('0111')).toBeUndefined();
    expect(codes.segmentsOf('abc')).toBeUndefined();
  });

  it('names only segments of the chain templates', () => {
    const templates = JSON.parse(readFileSync(`${CURATED_DIR}/12-chain-templates.json`, 'utf8')) as {
      kind: string;
      id: string;
    }[];
    const segments = new Set(templates.filter((r) => r.kind === 'Segment').map((r) => r.id));
    const table = JSON.parse(readFileSync(INDUSTRY_CODES_FILE, 'utf8')) as { codes: { segments: string[] }[] };
    const unknown = table.codes.flatMap((c) => c.segments).filter((s) => !segments.has(s));
    expect(unknown).toEqual([]);
  });
});
