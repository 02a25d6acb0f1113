import type { NodeLabel } from '@g60/graph-schema';
import type { Executor } from '../../db/executor.js';
import { toEntity, type EntityRow } from '../entities/index.js';
import { SEARCH_CONTAINS, SEARCH_FULLTEXT } from './search.cypher.js';

export interface SearchHit {
  node: EntityRow;
  score: number;
}

export class SearchStore {
  constructor(private readonly executor: Executor) {}

  /** Through the full-text indexes; the Lucene queries are escaped ones the service built from the text. */
  async fullText(query: {
    text: string;
    texts: string[];
    lucene: string;
    keysLucene: string;
    keys: string[];
    labels: NodeLabel[] | null;
    first: number;
  }): Promise<SearchHit[]> {
    const rows = await this.executor.read(SEARCH_FULLTEXT, { ...query, candidates: query.first * 5 });
    return rows.map((row) => ({ node: toEntity(row), score: row.score }));
  }

  /** By substring, for text the bigram index cannot match. */
  async contains(text: string, texts: string[], labels: NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const rows = await this.executor.read(SEARCH_CONTAINS, { text, texts, keys: [], labels, first });
    return rows.map((row) => ({ node: toEntity(row), score: row.score }));
  }
}
