import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, marksOf, namesChain, nextAddedId, withChange, withoutChange } from './scenarioDraft';

describe('scenario draft', () => {
  it('keeps one of a repeated change and numbers added companies', () => {
    const remove = { kind: 'REMOVE_COMPANY' as const, companyId: 'company:a' };
    let d = withChange(withChange(EMPTY_DRAFT, remove), remove);
    expect(d.changes).toEqual([remove]);
    const id = nextAddedId(d);
    expect(id).toBe('company:whatif-1');
    d = withChange(d, { kind: 'ADD_COMPANY', companyId: id, name: 'N', segmentId: 'segment:s', cityId: 'city:c' });
    expect(nextAddedId(d)).toBe('company:whatif-2');
  });

  it('drops the links of an added company taken out again', () => {
    const d = [
      {
        kind: 'ADD_COMPANY' as const,
        companyId: 'company:whatif-1',
        name: 'N',
        segmentId: 'segment:s',
        cityId: 'city:c',
      },
      { kind: 'ADD_LINK' as const, supplierId: 'company:whatif-1', customerId: 'company:b' },
      { kind: 'REMOVE_COMPANY' as const, companyId: 'company:a' },
    ].reduce(withChange, EMPTY_DRAFT);
    expect(withoutChange(d, 0).changes).toEqual([{ kind: 'REMOVE_COMPANY', companyId: 'company:a' }]);
  });

  it('marks what the scenario removes, strands and rescues on the canvas', () => {
    const d = [
      { kind: 'REMOVE_CITY' as const, cityId: 'city:x' },
      { kind: 'REMOVE_LINK' as const, supplierId: 'company:a', customerId: 'company:b' },
    ].reduce(withChange, EMPTY_DRAFT);
    const diff = { stranded: [{ company: { id: 'company:b' } }], rescued: [{ company: { id: 'company:c' } }] };
    const nodes = [
      { id: 'company:in-x', kind: 'COMPANY', cityId: 'city:x' },
      { id: 'city:x', kind: 'CITY', cityId: null },
    ];
    expect(marksOf(d, diff, nodes)).toEqual({
      'company:in-x': 'whatif-removed',
      'company:b': 'whatif-stranded',
      'company:c': 'whatif-rescued',
      'company:a-SUPPLIES-company:b': 'whatif-removed',
    });
  });
});

describe('which chain a scenario is about', () => {
  it('is told by a company of the real graph or a segment, not by a city or an added company alone', () => {
    expect(namesChain([{ kind: 'REMOVE_COMPANY', companyId: 'company:a' }])).toBe(true);
    expect(namesChain([{ kind: 'REMOVE_CITY', cityId: 'city:jiaxing' }])).toBe(false);
    expect(namesChain([{ kind: 'ADD_LINK', supplierId: 'company:whatif-1', customerId: 'company:whatif-2' }])).toBe(
      false,
    );
    expect(namesChain([{ kind: 'ADD_LINK', supplierId: 'company:whatif-1', customerId: 'company:b' }])).toBe(true);
    expect(
      namesChain([{ kind: 'ADD_COMPANY', companyId: 'company:whatif-1', segmentId: 'segment:x', cityId: 'city:y' }]),
    ).toBe(true);
    expect(namesChain([])).toBe(false);
  });
});
