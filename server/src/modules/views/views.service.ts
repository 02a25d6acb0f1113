/**
 * Saved views (docs/saved-views.md): what the explorer showed — the mode and its options, the elements on the
 * canvas, the hidden ones, their positions, the layout and year — under a name, so a link restores exactly that.
 * The server checks the shape and the size and keeps it apart from the facts (modules/saved); what the elements
 * mean is the web app's business.
 */
import { LIMITS } from '@g60/graph-schema';
import { z } from 'zod';
import { intArg, textArg } from '../../args.js';
import { DomainError, badInput, notFound } from '../../errors.js';
import type { SavedRow } from '../saved/index.js';
import type { SavedStore } from '../saved/index.js';

const id = z.string().min(1).max(LIMITS.records.id.max);
const finite = z.number().finite();

/** The state as the web app saves it (web/src/views/savedViewState.ts writes it). */
export const ViewStateBody = z
  .object({
    view: z.record(z.string(), z.unknown()),
    graph: z.object({
      nodes: z.array(z.object({ id }).passthrough()),
      edges: z.array(z.object({ id, source: id, target: id }).passthrough()),
    }),
    hidden: z.array(id),
    positions: z.record(id, z.object({ x: finite, y: finite })),
    viewport: z.object({ zoom: finite, pan: z.object({ x: finite, y: finite }) }).nullable(),
    layout: z.string().max(40),
    year: z.number().int().nullable(),
    selected: id.nullable(),
    truncated: z.boolean(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const max = LIMITS.savedView.elements.max;
    if (s.graph.nodes.length + s.graph.edges.length > max) {
      ctx.addIssue({ code: 'custom', path: ['graph'], message: `at most ${max} nodes and edges together` });
    }
  });
export type ViewStateBody = z.infer<typeof ViewStateBody>;

export interface SavedViewResult {
  id: string;
  name: string;
  state: ViewStateBody;
  createdAt: string;
  updatedAt: string;
}

export class ViewsService {
  constructor(private readonly store: SavedStore) {}

  async list(first?: number | null): Promise<SavedViewResult[]> {
    const n = intArg('first', first, LIMITS.savedView.first);
    return (await this.store.list(n)).map(viewOf);
  }

  async get(id: string): Promise<SavedViewResult> {
    const row = this.store.owns(id) ? await this.store.get(id) : null;
    if (!row) throw notFound('id', 'saved view', id);
    return viewOf(row);
  }

  /** A new view (no id) or the named one's name and state replaced. Needs the write scope (checked by the caller). */
  async save(
    viewId: string | null | undefined,
    name: string,
    state: unknown,
    by: string | null,
  ): Promise<SavedViewResult> {
    const checkedName = textArg('name', name, LIMITS.savedView.name) as string;
    const parsed = ViewStateBody.safeParse(state);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badInput(['state', ...(issue?.path ?? [])].join('.'), issue?.message ?? 'not a saved view');
    }
    const body = JSON.stringify(parsed.data);
    if (!viewId) return viewOf(await this.store.create(checkedName, body, by));
    const row = this.store.owns(viewId) ? await this.store.update(viewId, checkedName, body) : null;
    if (!row) throw notFound('id', 'saved view', viewId);
    return viewOf(row);
  }

  async rename(viewId: string, name: string): Promise<SavedViewResult> {
    const checked = textArg('name', name, LIMITS.savedView.name) as string;
    const row = this.store.owns(viewId) ? await this.store.update(viewId, checked, null) : null;
    if (!row) throw notFound('id', 'saved view', viewId);
    return viewOf(row);
  }

  async delete(viewId: string): Promise<boolean> {
    return this.store.owns(viewId) && (await this.store.remove(viewId));
  }
}

function viewOf(row: SavedRow): SavedViewResult {
  const parsed = ViewStateBody.safeParse(JSON.parse(row.body));
  if (!parsed.success) throw new DomainError('INTERNAL', `stored view ${row.id} does not have its shape`);
  return { id: row.id, name: row.name, state: parsed.data, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
