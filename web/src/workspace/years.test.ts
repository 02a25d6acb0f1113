import { describe, expect, it } from 'vitest';
import { datedYears, upToYear } from './years';

const graph = {
  nodes: [
    { id: 'alliance:a', kind: 'ALLIANCE', label: 'A', synthetic: false, date: '2017-11' },
    { id: 'project:p', kind: 'PROJECT', label: 'P', synthetic: false, date: '2020-11' },
    { id: 'city:x', kind: 'CITY', label: 'X', synthetic: false },
  ],
  edges: [
    { id: 'e1', kind: 'HOSTED_IN', source: 'alliance:a', target: 'city:x' },
    { id: 'e2', kind: 'LOCATED_IN', source: 'project:p', target: 'city:x' },
  ],
};

describe('timeline', () => {
  it('counts dated entities per year', () => {
    expect(Object.fromEntries(datedYears(graph))).toEqual({ 2017: 1, 2020: 1 });
  });

  it('keeps undated entities and those dated up to the year, with their links', () => {
    const g = upToYear(graph, 2018);
    expect(g.nodes.map((n) => n.id)).toEqual(['alliance:a', 'city:x']);
    expect(g.edges.map((e) => e.id)).toEqual(['e1']);
    expect(upToYear(graph, null)).toBe(graph);
  });
});
