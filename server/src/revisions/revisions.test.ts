import { expect, it } from 'vitest';
import { touchedIds } from './revisions.js';

it('names the industries a write touches by the companies, segments and industries it wrote', () => {
  expect(touchedIds(['company:a', 'segment:nev.cell', 'industry:ic', 'city:hefei', 'alliance:x', 'company:a'])).toEqual(
    {
      companyIds: ['company:a'],
      segmentIds: ['segment:nev.cell'],
      industryIds: ['industry:ic'],
      everyIndustry: false,
      anything: true,
    },
  );
});

it('touches every industry when a city is written: its role decides who is in the corridor', () => {
  expect(touchedIds(['city:hefei'], true)).toEqual({
    companyIds: [],
    segmentIds: [],
    industryIds: [],
    everyIndustry: true,
    anything: true,
  });
});
