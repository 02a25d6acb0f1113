/**
 * Gives search keys to nodes written before they existed (a store from an earlier version). Every write since
 * derives them itself (searchKeys.ts `withSearchKeys`), so on a current store this finds nothing. Run at start,
 * after the schema; a page at a time, each page its own transaction, so it can be cut off and resumed.
 */
import type { Executor } from '../../db/executor.js';
import { SEARCHED_LABELS, searchKeys } from '../../text/searchKeys.js';
import { SET_KEYS, WITHOUT_KEYS } from './backfill.cypher.js';

const PAGE = 5_000;

export async function backfillSearchKeys(executor: Executor, log: (line: string) => void = () => {}): Promise<number> {
  let filled = 0;
  for (const label of SEARCHED_LABELS) {
    for (let after = ''; ;) {
      const page = await executor.read(WITHOUT_KEYS[label], { after, limit: PAGE });
      if (page.length === 0) break;
      const rows = page.map((n) => ({ id: n.id, keys: searchKeys(n.nameZh ?? '', n.aliases ?? []) }));
      await executor.write(SET_KEYS[label], { rows });
      filled += rows.length;
      after = page.at(-1)?.id ?? after;
      if (filled % 50_000 < rows.length) log(`Search keys: ${filled} nodes given theirs so far (${label})`);
    }
  }
  return filled;
}
