import { z } from 'zod';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from '../entities/index.js';

export const SearchRow = RawEntityRow.extend({ score: z.number() });
export type SearchRow = z.infer<typeof SearchRow>;

interface SearchParams extends Record<string, unknown> {
  text: string;
  labels: string[] | null;
  first: number;
}

// Exact names first, then names that start with the text, then an exact key (short name, pinyin, initials), then
// the indexes' own relevance. $texts is the text as typed and in its simplified and traditional forms.
const RANK = `
  CASE WHEN node.nameZh IN $texts OR node.nameEn IN $texts OR any(a IN coalesce(node.aliases, []) WHERE a IN $texts)
         THEN 100.0
       WHEN any(t IN $texts WHERE node.nameZh STARTS WITH t OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH t))
         THEN 10.0
       WHEN any(k IN coalesce(node.searchKeys, []) WHERE k IN $keys) THEN 5.0
       ELSE 0.0 END`;

interface FullTextParams extends SearchParams {
  texts: string[];
  /** Escaped Lucene queries: over the names (cjk bigrams), and over the derived keys (entity_keys). */
  lucene: string;
  keysLucene: string;
  /** The keys an exact match ranks by: the short-name variants, or the Latin key. */
  keys: string[];
  candidates: number;
}

/**
 * Two characters or more: the cjk full-text index over names and the keys index over short names, pinyin and
 * initials, merged; a node found by both counts once, at its better score. Lucene syntax escaped by the service.
 */
export const SEARCH_FULLTEXT = cypher<FullTextParams, SearchRow>(
  'search.fulltext',
  `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes('entity_keys', $keysLucene, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score, labels(node)[0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN label, properties(node) AS props, score + ${RANK} AS score
ORDER BY score DESC, size(node.nameZh), node.id
LIMIT toInteger($first)
`,
  SearchRow,
);

/**
 * One character: bigram indexes cannot match it, so fall back to substring matching (company names through their
 * text index, the few other entities by scan).
 */
export const SEARCH_CONTAINS = cypher<SearchParams & { texts: string[]; keys: string[] }, SearchRow>(
  'search.contains',
  `
CALL () {
  MATCH (node:Company) WHERE node.nameZh CONTAINS $text
  RETURN node
  UNION
  MATCH (node)
  WHERE NOT node:Source
    AND (node.nameZh CONTAINS $text OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $text))
  RETURN node
}
WITH node, labels(node)[0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN label, properties(node) AS props,
       ${RANK} + CASE WHEN node.nameZh CONTAINS $text THEN 1.0 + 1.0 / size(node.nameZh)
                      ELSE 0.5 / size(node.nameZh) END AS score
ORDER BY score DESC, size(node.nameZh), node.id
LIMIT toInteger($first)
`,
  SearchRow,
);
