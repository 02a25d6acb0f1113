import { describe, expect, it } from 'vitest';
import { OTHER_CITY_COLOR } from './palette';
import { mergeGraphs, toElements } from './toElements';

const graph = {
  nodes: [
    { id: 'city:jinhua', kind: 'CITY', label: '金华', labelEn: 'Jinhua', cityId: 'city:jinhua', synthetic: false },
    { id: 'company:x', kind: 'COMPANY', label: '某公司', labelEn: null, cityId: null, synthetic: true },
  ],
  edges: [
    { id: 'company:x-LOCATED_IN-city:jinhua', kind: 'LOCATED_IN', source: 'company:x', target: 'city:jinhua' },
    { id: 'company:x-SUPPLIES-company:gone', kind: 'SUPPLIES', source: 'company:x', target: 'company:gone' },
  ],
};

describe('toElements', () => {
  it('colours by city, classes by kind and marks synthetic data', () => {
    const [city, company] = toElements(graph);
    expect(city?.data).toMatchObject({ id: 'city:jinhua', label: '金华', color: '#117733' });
    expect(city?.classes).toBe('city curated');
    expect(company?.data.color).toBe(OTHER_CITY_COLOR);
    expect(company?.classes).toBe('company synthetic');
  });

  it('drops edges whose ends are not in the graph', () => {
    const edges = toElements(graph).filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id)).toEqual(['company:x-LOCATED_IN-city:jinhua']);
  });

  it('uses English labels where known when asked', () => {
    const [city, company] = toElements(graph, 'en');
    expect(city?.data.label).toBe('Jinhua');
    expect(company?.data.label).toBe('某公司');
  });
});

describe('mergeGraphs', () => {
  it('adds without duplicating by id', () => {
    const merged = mergeGraphs(graph, { nodes: [graph.nodes[0]!], edges: [] });
    expect(merged.nodes).toHaveLength(2);
    expect(merged.edges).toHaveLength(2);
  });
});
