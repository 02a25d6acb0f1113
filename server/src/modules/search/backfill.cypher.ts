/**
 * Statements of the search-keys backfill, one per label (labels from the closed union; values are parameters).
 */
import { z } from 'zod';
import { perLabel } from '../../db/perLabel.js';
import { cypher } from '../../db/query.js';

const Named = z.object({ id: z.string(), nameZh: z.string().nullable(), aliases: z.array(z.string()).nullable() });

/** The next page, in id order, of nodes written before search keys existed. */
export const WITHOUT_KEYS = perLabel((label) =>
  cypher<{ after: string; limit: number }, z.infer<typeof Named>>(
    `search.withoutKeys.${label}`,
    `
MATCH (n:${label}) WHERE n.id > $after AND n.searchKeys IS NULL
RETURN n.id AS id, n.nameZh AS nameZh, n.aliases AS aliases
ORDER BY n.id
LIMIT toInteger($limit)
`,
    Named,
  ),
);

export const SET_KEYS = perLabel((label) =>
  cypher<{ rows: { id: string; keys: string[] }[] }, { n: number }>(
    `search.setKeys.${label}`,
    `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n.searchKeys = row.keys
RETURN count(n) AS n
`,
    z.object({ n: z.number() }),
  ),
);
