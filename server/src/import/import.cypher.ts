/**
 * Import statements, one per label and per (type, start label, end label). Labels and types come only from the
 * closed unions of graph-schema (asserted below); ids and properties are parameters.
 */
import { REL_ENDPOINTS, REL_TYPES, assertLabel, assertRelType, type NodeLabel, type RelType } from '@g60/graph-schema';
import { z } from 'zod';
import { perLabel } from '../db/perLabel.js';
import { cypher, type CypherQuery } from '../db/query.js';

export const Outcome = z.enum(['created', 'updated', 'unchanged']);
/**
 * Per outcome: how many rows, and the rows that changed something — by id (nodes) or ends (links), with the
 * fields an update changed — for the batch's page of its change set (revisions/changeSets.ts).
 */
const OutcomeRow = z.object({
  outcome: Outcome,
  n: z.number(),
  changed: z.array(
    z.object({
      id: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      fields: z.array(z.string()),
    }),
  ),
});
export type OutcomeRow = z.infer<typeof OutcomeRow>;

/**
 * The fields a row changes on what was there: every key whose value differs (a key the record drops too, when
 * the row replaces the whole entity). `searchKeys` is derived from the names, never a field of its own.
 */
function changedFields(mode: 'replace' | 'merge'): string {
  const keys =
    mode === 'replace' ? 'keys(row.props) + [k IN keys(old) WHERE NOT k IN keys(row.props)]' : 'keys(row.props)';
  return `CASE WHEN old IS NULL THEN [] ELSE [k IN ${keys} WHERE k <> 'searchKeys' AND NOT coalesce(old[k] = row.props[k], false)] END`;
}

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
export interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

type UpsertNodes = CypherQuery<{ rows: NodeRow[] }, OutcomeRow>;
type UpsertRels = CypherQuery<{ rows: RelRow[] }, OutcomeRow>;
type MissingIds = CypherQuery<{ ids: string[] }, { id: string }>;

/**
 * `replace` (`SET n = row.props`) makes the node exactly the record: re-running an import is a no-op, and a field
 * dropped from the source file disappears from the graph. `merge` (`SET n += row.props`) writes the record's
 * properties over the node's and leaves the others — for sources that describe only part of a node (a registry
 * row knows no English name or aliases a curated company has).
 */
function upsertNodes(label: NodeLabel, mode: 'replace' | 'merge'): UpsertNodes {
  const l = assertLabel(label);
  const same =
    mode === 'replace' ? 'properties(old) = row.props' : 'all(k IN keys(row.props) WHERE old[k] = row.props[k])';
  return cypher(
    `import.${mode === 'replace' ? 'upsert' : 'merge'}.${l}`,
    `
UNWIND $rows AS row
OPTIONAL MATCH (old:${l} {id: row.id})
WITH row, CASE WHEN old IS NULL THEN 'created'
               WHEN ${same} THEN 'unchanged'
               ELSE 'updated' END AS outcome,
     ${changedFields(mode)} AS fields
MERGE (n:${l} {id: row.id})
SET n ${mode === 'replace' ? '=' : '+='} row.props
RETURN outcome, count(*) AS n, collect(CASE WHEN outcome <> 'unchanged' THEN {id: row.id, fields: fields} END) AS changed
`,
    OutcomeRow,
  );
}

function upsertRels(type: RelType, from: NodeLabel, to: NodeLabel): UpsertRels {
  const t = assertRelType(type);
  const a = assertLabel(from);
  const b = assertLabel(to);
  return cypher(
    `import.upsert.${a}-${t}-${b}`,
    `
UNWIND $rows AS row
MATCH (a:${a} {id: row.from})
MATCH (b:${b} {id: row.to})
OPTIONAL MATCH (a)-[old:${t}]->(b)
WITH a, b, row, CASE WHEN old IS NULL THEN 'created'
                     WHEN properties(old) = row.props THEN 'unchanged'
                     ELSE 'updated' END AS outcome,
     ${changedFields('replace')} AS fields
MERGE (a)-[r:${t}]->(b)
SET r = row.props
RETURN outcome, count(*) AS n,
  collect(CASE WHEN outcome <> 'unchanged' THEN {from: row.from, to: row.to, fields: fields} END) AS changed
`,
    OutcomeRow,
  );
}

function missingIds(label: NodeLabel): MissingIds {
  const l = assertLabel(label);
  return cypher(
    `import.missing.${l}`,
    `
UNWIND $ids AS id
OPTIONAL MATCH (n:${l} {id: id})
WITH id, n WHERE n IS NULL
RETURN id
`,
    z.object({ id: z.string() }),
  );
}

export const UPSERT_NODES = perLabel((l) => upsertNodes(l, 'replace'));
export const MERGE_NODES = perLabel((l) => upsertNodes(l, 'merge'));

export const MISSING_IDS = perLabel(missingIds);

const upsertRelQueries = new Map<string, UpsertRels>();
for (const type of REL_TYPES) {
  for (const from of REL_ENDPOINTS[type].from) {
    for (const to of REL_ENDPOINTS[type].to) {
      upsertRelQueries.set(`${from}|${type}|${to}`, upsertRels(type, from, to));
    }
  }
}

export function upsertRelsQuery(type: RelType, from: NodeLabel, to: NodeLabel): UpsertRels {
  const query = upsertRelQueries.get(`${from}|${type}|${to}`);
  if (!query) throw new Error(`no ${type} between ${from} and ${to} in the model`);
  return query;
}
