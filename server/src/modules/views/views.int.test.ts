/** Saved views over the real HTTP app: stored apart from the facts, behind the write scope, read back exactly. */
import { describe, expect, it } from 'vitest';
import { stageApp } from '../../../test/app.js';
import { chainFixture } from '../../../test/chainFixture.js';

const TOKEN = 'views-test-admin';
const stage = stageApp(chainFixture, { adminToken: TOKEN });

const state = {
  view: { mode: 'explore', focus: 'company:t-c1', lang: 'zh' },
  graph: {
    nodes: [
      { id: 'company:t-c1', kind: 'Company', label: '测试企业C1' },
      { id: 'company:t-d1', kind: 'Company', label: '测试企业D1' },
    ],
    edges: [
      { id: 'SUPPLIES:company:t-c1>company:t-d1', source: 'company:t-c1', target: 'company:t-d1', type: 'SUPPLIES' },
    ],
  },
  hidden: ['company:t-d1'],
  positions: { 'company:t-c1': { x: 10.5, y: -20 }, 'company:t-d1': { x: 200, y: 40 } },
  viewport: { zoom: 1.25, pan: { x: 30, y: -12.5 } },
  layout: 'force',
  year: 2020,
  selected: 'company:t-c1',
  truncated: false,
};
const SAVE = `mutation($id: ID, $name: String!, $state: JSON!) { saveView(id: $id, name: $name, state: $state) { id name state } }`;

describe('saved views', () => {
  it('saves with the write scope and reads back exactly what was saved; renames, lists, deletes', async () => {
    expect((await stage.app.gql(SAVE, { name: '看板', state })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await stage.app.gql(SAVE, { name: '看板', state }, TOKEN);
    expect(saved.errors).toBeUndefined();
    const { id } = saved.data!.saveView;
    expect(id).toMatch(/^view:[a-z0-9]+$/);

    const opened = await stage.app.gql(`query($id: ID!) { savedView(id: $id) { name state } }`, { id });
    expect(opened.data?.savedView).toEqual({ name: '看板', state });

    const moved = { ...state, positions: { ...state.positions, 'company:t-c1': { x: 0, y: 0 } } };
    const replaced = await stage.app.gql(SAVE, { id, name: '看板 2', state: moved }, TOKEN);
    expect(replaced.data?.saveView).toEqual({ id, name: '看板 2', state: moved });
    await stage.app.gql(`mutation($id: ID!) { renameView(id: $id, name: "链主企业") { id } }`, { id }, TOKEN);
    expect((await stage.app.gql('{ savedViews { id name } }')).data?.savedViews).toContainEqual({
      id,
      name: '链主企业',
    });

    // Not data: the facts' counts and the search do not see it.
    const [row] = await stage.graph.query('MATCH (v:SavedView) RETURN count(v) AS n, COUNT { (v)--() } AS links');
    expect(row).toEqual({ n: 1, links: 0 });

    expect(
      (await stage.app.gql(`mutation($id: ID!) { deleteView(id: $id) { ok } }`, { id }, TOKEN)).data?.deleteView.ok,
    ).toBe(true);
    const gone = await stage.app.gql(`query($id: ID!) { savedView(id: $id) { id } }`, { id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a state it cannot restore, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...state, positions: { 'company:t-c1': { x: 'left', y: 0 } } }, 'state.positions.company:t-c1.x'],
      [{ ...state, graph: { nodes: [{ kind: 'Company' }], edges: [] } }, 'state.graph.nodes.0.id'],
      [
        { ...state, graph: { nodes: Array.from({ length: 5001 }, (_, i) => ({ id: `company:n${i}` })), edges: [] } },
        'state.graph: at most 5000 nodes and edges together',
      ],
      [{ ...state, extra: 1 }, 'state'],
    ];
    for (const [bad, message] of cases) {
      const { errors } = await stage.app.gql(SAVE, { name: 'x', state: bad }, TOKEN);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain(message);
    }
    const { errors } = await stage.app.gql(SAVE, { name: ' ', state }, TOKEN);
    expect(errors?.[0]?.message).toBe('name: must not be empty');
  });
});
