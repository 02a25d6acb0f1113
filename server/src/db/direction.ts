/**
 * The two ways along a chain, handled once: every statement that follows SUPPLIES or FEEDS towards suppliers or
 * customers takes its arrow from here, and comes in one variant per direction (like `perLabel`).
 */
export const SUPPLY_DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM'] as const;
export type SupplyDirection = (typeof SUPPLY_DIRECTIONS)[number];

/**
 * The relationship pattern from a node towards its suppliers (`<-[:SUPPLIES]-`, UPSTREAM) or its customers
 * (`-[:SUPPLIES]->`, DOWNSTREAM); FEEDS the same between segments. `as` names the relationship (`r`) when the
 * statement reads its properties.
 */
export function towards(direction: SupplyDirection, type: 'SUPPLIES' | 'FEEDS', as: 'r' | '' = ''): string {
  return direction === 'UPSTREAM' ? `<-[${as}:${type}]-` : `-[${as}:${type}]->`;
}

/** The other way. */
export function opposite(direction: SupplyDirection): SupplyDirection {
  return direction === 'UPSTREAM' ? 'DOWNSTREAM' : 'UPSTREAM';
}

/** Builds one statement per direction. */
export function perDirection<Q>(build: (direction: SupplyDirection) => Q): Record<SupplyDirection, Q> {
  return { UPSTREAM: build('UPSTREAM'), DOWNSTREAM: build('DOWNSTREAM') };
}
