/**
 * Batch answers back in the order DataLoader asked: a batch statement returns rows for some of the ids, in its
 * own order; a loader must get one entry per id asked.
 */

/** The rows of each id, in the order of `ids` (empty where none). */
export function groupByIds<T>(ids: readonly string[], rows: readonly T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** One value per id, in the order of `ids` (`missing` where no row has it). */
export function valuesByIds<T, V>(
  ids: readonly string[],
  rows: readonly T[],
  key: (row: T) => string,
  value: (row: T) => V,
  missing: V,
): V[] {
  const map = new Map(rows.map((r) => [key(r), value(r)]));
  return ids.map((id) => (map.has(id) ? (map.get(id) as V) : missing));
}
