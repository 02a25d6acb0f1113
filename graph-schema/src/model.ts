/**
 * The closed set of node labels and relationship types. Cypher text may only ever interpolate values of these
 * unions (see `assertLabel` / `assertRelType`); everything else travels as parameters.
 */
export const NODE_LABELS = [
  'City',
  'Industry',
  'Segment',
  'Company',
  'Park',
  'Alliance',
  'Project',
  'Agreement',
  'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'PART_OF',
  'FEEDS',
  'LOCATED_IN',
  'OPERATES_IN',
  'IN_PARK',
  'MEMBER_OF',
  'SUPPLIES',
  'PARTICIPATES_IN',
  'HOSTED_IN',
  'FOCUSES_ON',
  'INVOLVES',
  'SIGNED_BY',
  'CITED_IN',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/**
 * Every id starts with the lower-case label and a colon (`company:byd`), so a relationship record names the labels
 * of its ends without extra columns and each end is found through its label's uniqueness index.
 */
export const ID_PREFIX: Record<NodeLabel, string> = {
  City: 'city',
  Industry: 'industry',
  Segment: 'segment',
  Company: 'company',
  Park: 'park',
  Alliance: 'alliance',
  Project: 'project',
  Agreement: 'agreement',
  Source: 'source',
};

const LABEL_BY_PREFIX = new Map<string, NodeLabel>(NODE_LABELS.map((label) => [ID_PREFIX[label], label] as const));

/** The label an id belongs to, or undefined when its prefix names none. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? LABEL_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

/** Which labels each relationship type may join (the graph model of docs/architecture.md). */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  PART_OF: { from: ['Segment'], to: ['Industry'] },
  FEEDS: { from: ['Segment'], to: ['Segment'] },
  LOCATED_IN: { from: ['Company', 'Park', 'Project'], to: ['City'] },
  OPERATES_IN: { from: ['Company'], to: ['Segment'] },
  IN_PARK: { from: ['Company'], to: ['Park'] },
  MEMBER_OF: { from: ['Company', 'Park'], to: ['Alliance'] },
  SUPPLIES: { from: ['Company'], to: ['Company'] },
  PARTICIPATES_IN: { from: ['Company'], to: ['Project'] },
  HOSTED_IN: { from: ['Alliance'], to: ['City'] },
  FOCUSES_ON: { from: ['Park', 'Alliance', 'Project'], to: ['Industry'] },
  INVOLVES: { from: ['Project'], to: ['City'] },
  SIGNED_BY: { from: ['Agreement'], to: ['City', 'Company'] },
  CITED_IN: {
    from: ['City', 'Industry', 'Segment', 'Company', 'Park', 'Alliance', 'Project', 'Agreement'],
    to: ['Source'],
  },
};

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}

/** Throws unless `value` is one of the closed labels: the only way a label reaches Cypher text. */
export function assertLabel(value: string): NodeLabel {
  if (!isNodeLabel(value)) throw new Error(`not a node label: ${JSON.stringify(value)}`);
  return value;
}

/** Throws unless `value` is one of the closed relationship types. */
export function assertRelType(value: string): RelType {
  if (!isRelType(value)) throw new Error(`not a relationship type: ${JSON.stringify(value)}`);
  return value;
}
