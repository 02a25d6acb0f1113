/**
 * The table from GB/T 4754-2017 industry codes to chain segments, shipped in seeds/registry/industry-codes.json
 * (editable, versioned). A code is looked up by its longest listed prefix: a table entry "261" stands for every
 * class 261x. Registries write codes as "3841", "C3841" (with the section letter) or "C38"; all are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../paths.js';

export const INDUSTRY_CODES_FILE = join(projectRoot, 'seeds', 'registry', 'industry-codes.json');

const Table = z.object({
  standard: z.string(),
  version: z.string(),
  codes: z.array(z.object({ code: z.string().regex(/^\d{1,4}$/), name: z.string(), segments: z.array(z.string()) })),
});

export interface IndustryCodes {
  version: string;
  /** The segments for a code as written in a registry; undefined when the table has no prefix of it. */
  segmentsOf(code: string): string[] | undefined;
}

export function loadIndustryCodes(file = INDUSTRY_CODES_FILE): IndustryCodes {
  const table = Table.parse(JSON.parse(readFileSync(file, 'utf8')));
  const byCode = new Map(table.codes.map((c) => [c.code, c.segments]));
  return {
    version: table.version,
    segmentsOf(written) {
      const digits = written
        .trim()
        .toUpperCase()
        .replace(/^[A-T]/, '');
      if (!/^\d{2,4}$/.test(digits)) return undefined;
      for (let len = digits.length; len >= 2; len--) {
        const hit = byCode.get(digits.slice(0, len));
        if (hit) return hit;
      }
      return undefined;
    },
  };
}
