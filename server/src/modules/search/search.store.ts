import type { NodeLabel } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { toEntity, type EntityRow } from '../entities/entity.rows.js';
import { SEARCH_CONTAINS, SEARCH_FULLTEXT } from './search.cypher.js';

export interface SearchHit {
  node: EntityRow;
  score: number;
}

export class SearchStore {
  constructor(private readonly executor: Executor) {}

  /** Through the cjk full-text index; `lucene` is the escaped query the service built from the text. */
  async fullText(text: string, lucene: string, labels: NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const rows = await this.executor.read(SEARCH_FULLTEXT, { text, lucene, labels, first, candidates: first * 5 });
    return rows.map((row) => ({ node: toEntity(row), score: row.score }));
  }

  /** By substring, for text the bigram index cannot match. */
  async contains(text: string, labels: NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const rows = await this.executor.read(SEARCH_CONTAINS, { text, labels, first });
    return rows.map((row) => ({ node: toEntity(row), score: row.score }));
  }
}
