import { LIMITS } from '@g60/graph-schema';
import { intArg, textArg } from '../../args.js';
import { labelOfKind } from '../entities/entity.rows.js';
import type { SearchHit, SearchStore } from './search.store.js';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * A Lucene query for user text: every special character escaped and operators lower-cased (user text is never
 * syntax), and Latin words also matched as prefixes so "heng" finds "Hengdian".
 */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((token) => {
      // Lower case also defuses the AND / OR / NOT operators; the analyzers lower-case anyway.
      const escaped = token.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      return /^[a-z0-9]{2,}$/i.test(token) ? `(${escaped} OR ${escaped}*)` : escaped;
    })
    .join(' ');
}

export class SearchService {
  constructor(private readonly store: SearchStore) {}

  async search(text: string, kinds: readonly string[] | null | undefined, first?: number | null): Promise<SearchHit[]> {
    const query = textArg('text', text, LIMITS.search.text) ?? '';
    const n = intArg('first', first, LIMITS.search.first);
    const labels = kinds && kinds.length > 0 ? kinds.map(labelOfKind) : null;
    const lucene = toLuceneQuery(query);
    // One CJK character gives no bigram to match; a single Latin letter neither is worth a full-text query.
    return [...query].length === 1 || lucene.length === 0
      ? this.store.contains(query, labels, n)
      : this.store.fullText(query, lucene, labels, n);
  }
}
