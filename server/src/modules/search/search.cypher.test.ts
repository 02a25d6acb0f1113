import { expect, it } from 'vitest';
import { statementsOf } from '../../../test/statement.js';
import * as statements from './search.cypher.js';

it('keeps the search statements, their parameters and text as reviewed', () => {
  expect(statementsOf(statements)).toMatchInlineSnapshot(`
    [
      {
        "name": "search.contains",
        "params": [
          "first",
          "labels",
          "text",
        ],
        "text": "CALL () {
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
           
      CASE WHEN node.nameZh = $text OR node.nameEn = $text OR $text IN coalesce(node.aliases, []) THEN 100.0
           WHEN node.nameZh STARTS WITH $text OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH $text) THEN 10.0
           ELSE 0.0 END + CASE WHEN node.nameZh CONTAINS $text THEN 1.0 + 1.0 / size(node.nameZh)
                          ELSE 0.5 / size(node.nameZh) END AS score
    ORDER BY score DESC, size(node.nameZh), node.id
    LIMIT toInteger($first)",
      },
      {
        "name": "search.fulltext",
        "params": [
          "candidates",
          "first",
          "labels",
          "lucene",
          "text",
        ],
        "text": "CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($candidates)}) YIELD node, score
    WITH node, score, labels(node)[0] AS label
    WHERE $labels IS NULL OR label IN $labels
    RETURN label, properties(node) AS props, score + 
      CASE WHEN node.nameZh = $text OR node.nameEn = $text OR $text IN coalesce(node.aliases, []) THEN 100.0
           WHEN node.nameZh STARTS WITH $text OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH $text) THEN 10.0
           ELSE 0.0 END AS score
    ORDER BY score DESC, size(node.nameZh), node.id
    LIMIT toInteger($first)",
      },
    ]
  `);
});
