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
          "keys",
          "labels",
          "text",
          "texts",
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
           
      CASE WHEN node.nameZh IN $texts OR node.nameEn IN $texts OR any(a IN coalesce(node.aliases, []) WHERE a IN $texts)
             THEN 100.0
           WHEN any(t IN $texts WHERE node.nameZh STARTS WITH t OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH t))
             THEN 10.0
           WHEN any(k IN coalesce(node.searchKeys, []) WHERE k IN $keys) THEN 5.0
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
          "keys",
          "keysLucene",
          "labels",
          "lucene",
          "texts",
        ],
        "text": "CALL () {
      CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($candidates)}) YIELD node, score
      RETURN node, score
      UNION
      CALL db.index.fulltext.queryNodes('entity_keys', $keysLucene, {limit: toInteger($candidates)}) YIELD node, score
      RETURN node, score
    }
    WITH node, max(score) AS score, labels(node)[0] AS label
    WHERE $labels IS NULL OR label IN $labels
    RETURN label, properties(node) AS props, score + 
      CASE WHEN node.nameZh IN $texts OR node.nameEn IN $texts OR any(a IN coalesce(node.aliases, []) WHERE a IN $texts)
             THEN 100.0
           WHEN any(t IN $texts WHERE node.nameZh STARTS WITH t OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH t))
             THEN 10.0
           WHEN any(k IN coalesce(node.searchKeys, []) WHERE k IN $keys) THEN 5.0
           ELSE 0.0 END AS score
    ORDER BY score DESC, size(node.nameZh), node.id
    LIMIT toInteger($first)",
      },
    ]
  `);
});
