import { NODE_LABELS, assertLabel, labelOfId, type NodeLabel } from '@g60/graph-schema';

/**
 * Builds one statement per label. Ids carry their label as prefix, and a lookup by id is only fast through the
 * label's uniqueness index, so statements that find nodes by id come in one variant per label.
 */
export function perLabel<Q>(build: (label: NodeLabel) => Q): Record<NodeLabel, Q> {
  return Object.fromEntries(NODE_LABELS.map((l) => [l, build(assertLabel(l))])) as Record<NodeLabel, Q>;
}

/** Groups ids by the label their prefix names; ids with no known prefix are dropped (they cannot exist). */
export function groupIdsByLabel(ids: readonly string[]): Map<NodeLabel, string[]> {
  const groups = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label) continue;
    const list = groups.get(label);
    if (list) list.push(id);
    else groups.set(label, [id]);
  }
  return groups;
}
