import { z } from 'zod';
import { cypher } from '../../db/query.js';

/**
 * What planners save for themselves — what-if scenarios and views of the explorer — is kept in Neo4j beside the
 * facts but apart from them: its own labels, no relationships, never counted, searched or exported as data, and
 * never moving an industry's revision. One set of statements per kind; the label comes from this closed list.
 */
export const SAVED_KINDS = ['Scenario', 'SavedView'] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];

export const SavedRow = z.object({
  id: z.string(),
  name: z.string(),
  /** The kind's own content, as JSON (checked by its module when read). */
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedRow = z.infer<typeof SavedRow>;

const RETURN = 'RETURN d.id AS id, d.name AS name, d.body AS body, d.createdAt AS createdAt, d.updatedAt AS updatedAt';

function statements(kind: SavedKind) {
  const k = kind === 'Scenario' ? 'scenario' : 'savedView';
  return {
    /** Most recently saved first. */
    list: cypher<{ first: number }, SavedRow>(
      `${k}.list`,
      `MATCH (d:${kind}) ${RETURN} ORDER BY d.updatedAt DESC, d.id LIMIT toInteger($first)`,
      SavedRow,
    ),
    get: cypher<{ id: string }, SavedRow>(`${k}.get`, `MATCH (d:${kind} {id: $id}) ${RETURN}`, SavedRow),
    create: cypher<{ id: string; name: string; body: string; by: string | null }, SavedRow>(
      `${k}.create`,
      `
CREATE (d:${kind} {id: $id, name: $name, body: $body, createdBy: $by,
  createdAt: toString(datetime()), updatedAt: toString(datetime())})
${RETURN}`,
      SavedRow,
    ),
    /** No row: no such id. A null name or body keeps the stored one. */
    update: cypher<{ id: string; name: string | null; body: string | null }, SavedRow>(
      `${k}.update`,
      `
MATCH (d:${kind} {id: $id})
SET d.name = coalesce($name, d.name), d.body = coalesce($body, d.body), d.updatedAt = toString(datetime())
${RETURN}`,
      SavedRow,
    ),
    remove: cypher<{ id: string }, { n: number }>(
      `${k}.delete`,
      `MATCH (d:${kind} {id: $id}) DELETE d RETURN count(*) AS n`,
      z.object({ n: z.number() }),
    ),
  };
}

export const SAVED = { Scenario: statements('Scenario'), SavedView: statements('SavedView') } as const;
