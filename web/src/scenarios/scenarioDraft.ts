/**
 * A what-if scenario being built: its changes in order, and — once saved — its id and name. Pure helpers; the
 * draft itself is held by the scenario provider (ScenarioState.tsx), which the canvas' commands add to and the
 * scenario's part of the gaps view shows.
 */
import type { ScenarioChangeInput } from '../__generated__/graphql';

export interface ScenarioDraft {
  /** The saved scenario it is (null: not saved yet). */
  id: string | null;
  name: string;
  changes: ScenarioChangeInput[];
}

export const EMPTY_DRAFT: ScenarioDraft = { id: null, name: '', changes: [] };

const same = (a: ScenarioChangeInput, b: ScenarioChangeInput) =>
  a.kind === b.kind &&
  (a.companyId ?? null) === (b.companyId ?? null) &&
  (a.cityId ?? null) === (b.cityId ?? null) &&
  (a.supplierId ?? null) === (b.supplierId ?? null) &&
  (a.customerId ?? null) === (b.customerId ?? null);

/** The draft with one more change; asking for the same change twice keeps one. */
export function withChange(draft: ScenarioDraft, change: ScenarioChangeInput): ScenarioDraft {
  if (change.kind !== 'ADD_COMPANY' && draft.changes.some((c) => same(c, change))) return draft;
  return { ...draft, changes: [...draft.changes, change] };
}

/** The draft without the change at `index`, and without links to a company that change added. */
export function withoutChange(draft: ScenarioDraft, index: number): ScenarioDraft {
  const gone = draft.changes[index];
  const added = gone?.kind === 'ADD_COMPANY' ? gone.companyId : null;
  return {
    ...draft,
    changes: draft.changes.filter(
      (c, i) => i !== index && (added === null || (c.supplierId !== added && c.customerId !== added)),
    ),
  };
}

/** The id the next added company gets: company:whatif-N, N one more than any taken. */
export function nextAddedId(draft: ScenarioDraft): string {
  const taken = draft.changes
    .map((c) => /^company:whatif-(\d+)$/.exec(c.companyId ?? '')?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `company:whatif-${Math.max(0, ...taken) + 1}`;
}

/** A company the scenario added exists only in it: the graph knows nothing of it. */
const isAdded = (id: string | null | undefined) => !!id?.startsWith('company:whatif-');

/**
 * Whether the API can tell which chain the changes are about without being told: they name a company of the real
 * graph or a segment (the chain of the first one named is analysed). A city leaving names neither.
 */
export function namesChain(changes: readonly ScenarioChangeInput[]): boolean {
  return changes.some(
    (c) =>
      !!c.segmentId ||
      [c.companyId, c.supplierId, c.customerId].some((id) => !!id && id.startsWith('company:') && !isAdded(id)),
  );
}

/** The canvas classes a scenario gives drawn elements: what it removes, strands and rescues. */
export function marksOf(
  draft: ScenarioDraft,
  diff: { stranded: { company: { id: string } }[]; rescued: { company: { id: string } }[] } | undefined,
  /** The drawn nodes: a city that leaves takes its companies with it. */
  nodes: readonly { id: string; kind: string; cityId?: string | null }[] = [],
): Record<string, string> {
  const marks: Record<string, string> = {};
  const gone = new Set(draft.changes.filter((c) => c.kind === 'REMOVE_CITY').map((c) => c.cityId));
  for (const n of nodes) if (n.kind === 'COMPANY' && n.cityId && gone.has(n.cityId)) marks[n.id] = 'whatif-removed';
  for (const s of diff?.stranded ?? []) marks[s.company.id] = 'whatif-stranded';
  for (const r of diff?.rescued ?? []) marks[r.company.id] = 'whatif-rescued';
  for (const c of draft.changes) {
    if (c.kind === 'REMOVE_COMPANY' && c.companyId) marks[c.companyId] = 'whatif-removed';
    // Edge ids are `source-KIND-target` (graph/toElements.ts).
    if (c.kind === 'REMOVE_LINK') marks[`${c.supplierId}-SUPPLIES-${c.customerId}`] = 'whatif-removed';
  }
  return marks;
}
