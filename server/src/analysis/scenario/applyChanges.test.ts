import { describe, expect, it } from 'vitest';
import { projectIndustry } from '../projection.js';
import { applyChanges } from './applyChanges.js';
import { checkChanges, type ChangeInput } from './changes.js';

/** s1 → s2 → s3; companies p (s1, A), q (s1, B), r (s2, A), t (s3, B); links p→r, q→r, r→t. */
const real = () =>
  projectIndustry(
    [
      { id: 's1', stage: 'UPSTREAM' },
      { id: 's2', stage: 'MIDSTREAM' },
      { id: 's3', stage: 'DOWNSTREAM' },
    ],
    [
      { from: 's1', to: 's2' },
      { from: 's2', to: 's3' },
    ],
    { all: ['A', 'B'], members: ['A', 'B'] },
    [
      { id: 'p', segmentIds: ['s1'], cityIds: ['A'], customerIds: ['r'], inDegree: 0 },
      { id: 'q', segmentIds: ['s1'], cityIds: ['B'], customerIds: ['r', 'x-outside'], inDegree: 0 },
      { id: 'r', segmentIds: ['s2'], cityIds: ['A'], customerIds: ['t'], inDegree: 2 },
      { id: 't', segmentIds: ['s3'], cityIds: ['B'], customerIds: [], inDegree: 1 },
    ],
  );

const links = (p: ReturnType<typeof real>) =>
  p.companyIds.flatMap((id, i) =>
    [...p.targets.subarray(p.offsets[i], p.offsets[i + 1])].map((j) => `${id}>${p.companyIds[j]}`),
  );

// Ids as the API checks them are prefixed; these tests build changes directly.
const changes = (list: ChangeInput[]) => list as never;

describe('applyChanges', () => {
  it('removes a company with its links and keeps the others in order; the real projection is untouched', () => {
    const base = real();
    const { projection, indexOfReal, removedIds } = applyChanges(
      base,
      changes([{ kind: 'REMOVE_COMPANY', companyId: 'q' }]),
    );
    expect(projection.companyIds).toEqual(['p', 'r', 't']);
    expect([...indexOfReal]).toEqual([0, -1, 1, 2]);
    expect(removedIds).toEqual(['q']);
    expect(links(projection)).toEqual(['p>r', 'r>t']);
    // r lost one supplier; q's link outside the industry does not matter.
    expect([...projection.inDegree]).toEqual([0, 1, 1]);
    expect(links(base)).toEqual(['p>r', 'q>r', 'r>t']);
  });

  it('removes every company of a city', () => {
    const { projection } = applyChanges(real(), changes([{ kind: 'REMOVE_CITY', cityId: 'B' }]));
    expect(projection.companyIds).toEqual(['p', 'r']);
    expect(links(projection)).toEqual(['p>r']);
  });

  it('adds companies last, links them, and a later change about a link wins', () => {
    const { projection } = applyChanges(
      real(),
      changes([
        { kind: 'ADD_COMPANY', companyId: 'n1', name: 'N', segmentId: 's2', cityId: 'B' },
        { kind: 'ADD_LINK', supplierId: 'q', customerId: 'n1' },
        { kind: 'ADD_LINK', supplierId: 'n1', customerId: 't' },
        { kind: 'REMOVE_LINK', supplierId: 'r', customerId: 't' },
        { kind: 'REMOVE_LINK', supplierId: 'n1', customerId: 't' },
        { kind: 'ADD_LINK', supplierId: 'n1', customerId: 't' },
        // Another industry's segment: not part of this chain.
        { kind: 'ADD_COMPANY', companyId: 'n2', name: 'M', segmentId: 'other', cityId: 'A' },
      ]),
    );
    expect(projection.companyIds).toEqual(['p', 'q', 'r', 't', 'n1']);
    expect(projection.segmentsOf[4]).toEqual([1]);
    expect(projection.citiesOf[4]).toEqual([1]);
    expect(links(projection)).toEqual(['p>r', 'q>r', 'q>n1', 'n1>t']);
    expect([...projection.outDegree]).toEqual([1, 3, 0, 0, 1]);
    expect([...projection.inDegree]).toEqual([0, 0, 2, 1, 1]);
  });
});

describe('checkChanges', () => {
  it('numbers added companies in order and lets later changes link them', () => {
    expect(
      checkChanges([
        { kind: 'ADD_COMPANY', name: ' 新企业 ', segmentId: 'segment:x', cityId: 'city:y' },
        { kind: 'ADD_LINK', supplierId: 'company:whatif-1', customerId: 'company:a' },
      ]),
    ).toEqual([
      { kind: 'ADD_COMPANY', companyId: 'company:whatif-1', name: '新企业', segmentId: 'segment:x', cityId: 'city:y' },
      { kind: 'ADD_LINK', supplierId: 'company:whatif-1', customerId: 'company:a' },
    ]);
  });

  it('refuses a company linking to itself and an added id given twice', () => {
    expect(() => checkChanges([{ kind: 'ADD_LINK', supplierId: 'company:a', customerId: 'company:a' }])).toThrow(
      'changes.0.customerId: a company does not supply itself',
    );
    const add = {
      kind: 'ADD_COMPANY',
      companyId: 'company:whatif-a',
      name: 'N',
      segmentId: 'segment:x',
      cityId: 'city:y',
    } as const;
    expect(() => checkChanges([add, add])).toThrow('changes.1.companyId: company:whatif-a is added twice');
  });
});
