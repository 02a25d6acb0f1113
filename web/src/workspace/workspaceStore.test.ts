import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/toElements';
import { DEFAULT_VIEW } from './view';
import { createWorkspaceStore } from './workspaceStore';

const node = (id: string, date?: string) => ({ id, kind: 'COMPANY', label: id, ...(date ? { date } : {}) });
const graph = {
  nodes: [node('company:a', '2019-01-01'), node('company:b', '2023-06-01'), node('city:x')],
  edges: [{ id: 'company:a-SUPPLIES-company:b', source: 'company:a', target: 'company:b', kind: 'SUPPLIES' }],
} as unknown as GraphData;

describe('the workspace store', () => {
  it('starts from the view of the link: its focus selected, a trace in tiers', () => {
    const store = createWorkspaceStore({ ...DEFAULT_VIEW, mode: 'trace', focus: 'company:a' });
    expect(store.get()).toMatchObject({ selected: 'company:a', layout: 'tiers', year: null, marks: {} });
    expect(createWorkspaceStore(DEFAULT_VIEW).get().layout).toBe('force');
  });

  it('derives what is drawn from the graph, the hidden nodes and the year, and keeps it while they stay', () => {
    const store = createWorkspaceStore(DEFAULT_VIEW);
    store.dispatch({ type: 'replace', graph, truncated: false });
    const drawn = store.get().visible;
    expect(drawn.nodes).toHaveLength(3);
    store.select('company:a');
    store.setHighlight(['company:a']);
    // Readers of `visible` (the canvas, the counts) see the same value: nothing they draw changed.
    expect(store.get().visible).toBe(drawn);
    store.setYear(2020);
    expect(store.get().visible.nodes.map((n) => n.id)).toEqual(['company:a', 'city:x']);
    expect(store.get().visible.edges).toEqual([]);
    store.dispatch({ type: 'hide', ids: ['city:x'] });
    expect(store.get().visible.nodes.map((n) => n.id)).toEqual(['company:a']);
    store.dispatch({ type: 'undo' });
    expect(store.get().visible.nodes.map((n) => n.id)).toEqual(['company:a', 'city:x']);
  });

  it('tells its listeners of a change, and not of one that changes nothing', () => {
    const store = createWorkspaceStore(DEFAULT_VIEW);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.select(null);
    store.setLayout('force');
    store.setYear(null);
    store.dispatch({ type: 'undo' });
    expect(heard).toBe(0);
    store.patchView({ industryId: 'industry:nev' });
    store.toggleFocus();
    expect(heard).toBe(2);
    expect(store.get()).toMatchObject({ focusOn: true, view: { ...DEFAULT_VIEW, industryId: 'industry:nev' } });
    stop();
    store.toggleFocus();
    expect(heard).toBe(2);
  });
});
