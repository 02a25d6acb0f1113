/**
 * Entities as the API reads them back: the stored properties validated by the same zod models the import uses,
 * so a node that would not import cleanly does not reach a client silently either.
 */
import { NODE_LABELS, NodeRecord, type NodeLabel } from '@g60/graph-schema';
import { z } from 'zod';
import { DomainError, badInput } from '../../errors.js';
import { withoutDerived } from '../../text/searchKeys.js';

export type EntityRow = NodeRecord;

/** What the entity queries return: the node's label and its properties. */
export const RawEntityRow = z.object({
  label: z.enum(NODE_LABELS),
  props: z.record(z.string(), z.unknown()),
});
export type RawEntityRow = z.infer<typeof RawEntityRow>;

export function toEntity(raw: RawEntityRow): EntityRow {
  const parsed = NodeRecord.safeParse({ ...withoutDerived(raw.props), kind: raw.label });
  if (!parsed.success) {
    throw new DomainError('INTERNAL', `stored ${raw.label} ${String(raw.props.id)} does not match the model`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

/** GraphQL's NodeKind for a label (`Company` → `COMPANY`). */
export function kindOf(label: NodeLabel): Uppercase<NodeLabel> {
  return label.toUpperCase() as Uppercase<NodeLabel>;
}

/** The label for a GraphQL NodeKind (`COMPANY` → `Company`). */
export function labelOfKind(kind: string): NodeLabel {
  const label = NODE_LABELS.find((l) => l.toUpperCase() === kind);
  if (!label) throw badInput('kinds', `unknown kind ${kind}`);
  return label;
}
