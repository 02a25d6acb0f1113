import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { corridorRecords, EXPORT_FILES, generateCorridor, toJsonLines } from '../synthetic/generate.js';
import { SCALES, SHAPE } from '../synthetic/model.js';

const digest = (scale: 'S' | 'M' | 'L', seed: number) => {
  const hash = createHash('sha256');
  const lines = toJsonLines(generateCorridor(scale, seed));
  for (const f of EXPORT_FILES) hash.update(lines[f]);
  return hash.digest('hex');
};

describe('synthetic corridor', () => {
  it.each(['S', 'M', 'L'] as const)(
    'generates scale %s byte for byte the same twice with the same seed',
    (scale) => {
      expect(digest(scale, 7)).toBe(digest(scale, 7));
    },
    240_000,
  );

  it('streams every link after both its ends, so a bulk load can check it as it passes', () => {
    const curated = /^(city|industry|segment|source):/;
    const seen = new Set<string>();
    let links = 0;
    for (const { record } of corridorRecords('S', 60)) {
      if ('id' in record) {
        seen.add(record.id);
        continue;
      }
      links++;
      for (const end of [record.from, record.to]) expect(curated.test(end) || seen.has(end), end).toBe(true);
    }
    expect(links).toBeGreaterThan(SCALES.S.supplies);
  });

  it('differs with another seed', () => {
    expect(digest('S', 1)).not.toBe(digest('S', 2));
  });

  const { files } = generateCorridor('S', 60);

  it('has the size of its scale and marks every record synthetic', () => {
    expect(files.companies).toHaveLength(SCALES.S.companies);
    expect(files.supplies).toHaveLength(SCALES.S.supplies);
    const all = EXPORT_FILES.flatMap((f) => files[f]);
    expect(all.every((r) => r.synthetic === true)).toBe(true);
  });

  it('leaves the configured segments with no company (missing links)', () => {
    const used = new Set(files['operates-in'].map((r) => ('to' in r ? r.to : '')));
    for (const s of SHAPE.missingSegments) expect(used.has(s)).toBe(false);
  });

  it('has hubs: the busiest supplier has many times the mean number of customers', () => {
    const customers = new Map<string, number>();
    for (const r of files.supplies) if ('from' in r) customers.set(r.from, (customers.get(r.from) ?? 0) + 1);
    const counts = [...customers.values()];
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(Math.max(...counts)).toBeGreaterThan(10 * mean);
  });

  it('links each company to one member city and at least one segment', () => {
    expect(files['located-in']).toHaveLength(SCALES.S.companies);
    const withSegment = new Set(files['operates-in'].map((r) => ('from' in r ? r.from : '')));
    expect(withSegment.size).toBe(SCALES.S.companies);
  });
});
