import { describe, expect, it } from 'vitest';
import { validateRecords } from './validate.js';

const company = (id: string, extra: Record<string, unknown> = {}) => ({
  kind: 'Company',
  id,
  nameZh: '测试公司',
  ...extra,
});

describe('validateRecords', () => {
  it('accepts valid records and coerces CSV strings', () => {
    const { valid, errors } = validateRecords([
      { line: 2, value: company('company:a', { listed: 'true', aliases: '甲|甲公司' }) },
    ]);
    expect(errors).toEqual([]);
    expect(valid[0]?.record).toMatchObject({ listed: true, aliases: ['甲', '甲公司'], synthetic: false });
  });

  it('names the line, the field and the reason for each bad record', () => {
    const { valid, errors } = validateRecords([
      { line: 2, value: company('company:a') },
      { line: 3, value: company('Company A') },
      {
        line: 4,
        value: { kind: 'City', id: 'city:x', nameZh: '某市', province: '某省', lat: 95, lng: 120, role: 'MEMBER' },
      },
      { line: 5, value: company('company:b', { colour: 'red' }) },
      { line: 6, value: { kind: 'Planet', id: 'planet:x' } },
    ]);
    expect(valid).toHaveLength(1);
    expect(errors).toEqual([
      { line: 3, field: 'id', message: expect.stringContaining('company:some-slug') },
      { line: 4, field: 'lat', message: expect.stringMatching(/90/) },
      { line: 5, field: 'colour', message: 'unknown field' },
      { line: 6, field: 'kind', message: expect.stringContaining('must be one of') },
    ]);
  });

  it('reports a duplicate id with the line of its first occurrence', () => {
    const { errors } = validateRecords([
      { line: 2, value: company('company:a') },
      { line: 7, value: company('company:a') },
    ]);
    expect(errors).toEqual([{ line: 7, field: 'id', message: 'duplicate of line 2' }]);
  });

  it('checks that a link joins the labels the model allows', () => {
    const { errors } = validateRecords([{ line: 2, value: { kind: 'SUPPLIES', from: 'company:a', to: 'city:b' } }]);
    expect(errors).toEqual([{ line: 2, field: 'to', message: expect.stringContaining('Company') }]);
  });
});
