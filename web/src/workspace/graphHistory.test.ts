import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, graphReducer, visibleGraph } from './graphHistory';

const node = (id: string) => ({ id, kind: 'COMPANY', label: id, synthetic: false });
const g1 = {
  nodes: [node('a'), node('b')],
  edges: [{ id: 'a-SUPPLIES-b', kind: 'SUPPLIES', source: 'a', target: 'b' }],
};
const g2 = {
  nodes: [node('b'), node('c')],
  edges: [{ id: 'b-SUPPLIES-c', kind: 'SUPPLIES', source: 'b', target: 'c' }],
};

describe('graphReducer', () => {
  it('undoes and redoes an expansion exactly', () => {
    let h = graphReducer(EMPTY_HISTORY, { type: 'replace', graph: g1, truncated: false });
    h = graphReducer(h, { type: 'merge', graph: g2, truncated: false });
    expect(h.present.graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    h = graphReducer(h, { type: 'undo' });
    expect(h.present.graph).toBe(g1);
    h = graphReducer(h, { type: 'redo' });
    expect(h.present.graph.edges).toHaveLength(2);
  });

  it('drops the redo history when a new change follows an undo', () => {
    let h = graphReducer(EMPTY_HISTORY, { type: 'replace', graph: g1, truncated: false });
    h = graphReducer(h, { type: 'merge', graph: g2, truncated: false });
    h = graphReducer(h, { type: 'undo' });
    expect(h.future).toHaveLength(1);
    h = graphReducer(h, { type: 'hide', ids: ['a'] });
    expect(h.future).toEqual([]);
    expect(graphReducer(h, { type: 'redo' })).toBe(h);
  });

  it('hides nodes with their edges, and shows them again', () => {
    let h = graphReducer(EMPTY_HISTORY, { type: 'replace', graph: g1, truncated: false });
    h = graphReducer(h, { type: 'hide', ids: ['b'] });
    expect(visibleGraph(h.present)).toEqual({ nodes: [node('a')], edges: [] });
    h = graphReducer(h, { type: 'showAll' });
    expect(visibleGraph(h.present)).toBe(g1);
  });

  it('removes nodes and their edges for good', () => {
    const h = graphReducer(graphReducer(EMPTY_HISTORY, { type: 'replace', graph: g1, truncated: false }), {
      type: 'remove',
      ids: ['a'],
    });
    expect(h.present.graph).toEqual({ nodes: [node('b')], edges: [] });
  });
});
