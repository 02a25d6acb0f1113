import { z } from 'zod';
import { cypher } from '../../db/query.js';
import { RawEntityRow } from '../entities/entity.rows.js';

export const SearchRow = RawEntityRow.extend({ score: z.number() });
export type SearchRow = z.infer<typeof SearchRow>;

interface SearchParams extends Record<string, unknown> {
  text: string;
  labels: string[] | null;
  first: number;
}

// Exact names first, then names that start with the text, then the index's own relevance.
const RANK = `
  CASE WHEN node.nameZh = $text OR node.nameEn = $text OR $text IN coalesce(node.aliases, []) THEN 100.0
       WHEN node.nameZh STARTS WITH $text OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH $text) THEN 10.0
       ELSE 0.0 END`;

/** Two characters or more: the cjk full-text index (bigrams), Lucene syntax escaped by the service. */
export const SEARCH_FULLTEXT = cypher<SearchParams & { lucene: string; candidates: number }, SearchRow>(
  'search.fulltext',
  `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($candidates)}) YIELD node, score
WITH node, score, labels(node)[0] AS label
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
export const SEARCH_CONTAINS = cypher<SearchParams, SearchRow>(
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
