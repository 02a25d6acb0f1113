import type { Executor } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import { labelOfKind, toEntity, type EntityRow } from '../entities/entity.rows.js';
import { SEARCH_CONTAINS, SEARCH_FULLTEXT } from './search.cypher.js';

export const SEARCH_LIMITS = { textMax: 100, firstMax: 100 } as const;

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

export interface SearchHit {
  node: EntityRow;
  score: number;
}

export class SearchService {
  constructor(private readonly executor: Executor) {}

  async search(text: string, kinds: readonly string[] | null | undefined, first: number): Promise<SearchHit[]> {
    const trimmed = text.trim();
    if (trimmed.length === 0) throw badInput('text', 'must not be empty');
    if (trimmed.length > SEARCH_LIMITS.textMax) {
      throw badInput('text', `at most ${SEARCH_LIMITS.textMax} characters`);
    }
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_LIMITS.firstMax) {
      throw badInput('first', `must be from 1 to ${SEARCH_LIMITS.firstMax}`);
    }
    const labels = kinds && kinds.length > 0 ? kinds.map(labelOfKind) : null;
    const params = { text: trimmed, labels, first };
    const lucene = toLuceneQuery(trimmed);
    // One CJK character gives no bigram to match; a single Latin letter neither is worth a full-text query.
    const rows =
      [...trimmed].length === 1 || lucene.length === 0
        ? await this.executor.read(SEARCH_CONTAINS, params)
        : await this.executor.read(SEARCH_FULLTEXT, { ...params, lucene, candidates: first * 5 });
    return rows.map((row) => ({ node: toEntity(row), score: row.score }));
  }
}
