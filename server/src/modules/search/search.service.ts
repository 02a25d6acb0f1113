import { LIMITS, type NodeLabel } from '@g60/graph-schema';
import { intArg, textArg } from '../../args.js';
import { labelOfKind } from '../entities/index.js';
import { chineseVariants, latinKey } from '../../text/searchKeys.js';
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

/** The parameters of SEARCH_FULLTEXT for typed text: its variants, both Lucene queries, the keys it ranks by. */
export function fullTextParams(text: string, labels: NodeLabel[] | null, first: number) {
  const texts = chineseVariants(text);
  const latin = latinKey(text);
  return {
    text,
    texts,
    lucene: texts.map((t) => `(${toLuceneQuery(t)})`).join(' OR '),
    // A pinyin key or initials match as a prefix; Chinese text matches a short name as a phrase of characters.
    keysLucene: latin ? `${latin}*` : texts.map((t) => `"${t.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' OR '),
    keys: latin ? [latin] : texts,
    labels,
    first,
  };
}

export class SearchService {
  constructor(private readonly store: SearchStore) {}

  async search(text: string, kinds: readonly string[] | null | undefined, first?: number | null): Promise<SearchHit[]> {
    const query = textArg('text', text, LIMITS.search.text) ?? '';
    const n = intArg('first', first, LIMITS.search.first);
    const labels = kinds && kinds.length > 0 ? kinds.map(labelOfKind) : null;
    // One CJK character gives no bigram to match; a single Latin letter neither is worth a full-text query.
    if ([...query].length === 1 || toLuceneQuery(query).length === 0) {
      return this.store.contains(query, chineseVariants(query), labels, n);
    }
    return this.store.fullText(fullTextParams(query, labels, n));
  }
}
