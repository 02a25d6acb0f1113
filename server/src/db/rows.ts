/**
 * The rows of each id, in the order of `ids` (empty where none): a batch statement returns rows for some of the
 * ids in its own order, and a DataLoader must get one entry per id asked.
 */
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
