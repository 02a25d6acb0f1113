/** What the seed loader asks of the graph before it loads anything. */
import { z } from 'zod';
import { cypher } from '../db/query.js';

/** Any node of the graph model's labels; keys, revisions and kept results are bookkeeping, not data. */
export const HAS_ANY_NODE = cypher<{ labels: readonly string[] }, { any: boolean }>(
  'seed.hasAnyNode',
  `
OPTIONAL MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) WITH n LIMIT 1
RETURN n IS NOT NULL AS any
`,
  z.object({ any: z.boolean() }),
);
