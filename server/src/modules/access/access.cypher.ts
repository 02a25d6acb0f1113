import { z } from 'zod';
import { cypher } from '../../db/query.js';

export const KeyRow = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(['read', 'write', 'admin'])),
  hash: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type KeyRow = z.infer<typeof KeyRow>;

const KEY_FIELDS = `k.id AS id, k.name AS name, k.scopes AS scopes, k.hash AS hash, k.createdAt AS createdAt,
       k.revokedAt AS revokedAt`;

export const CREATE_KEY = cypher<{ id: string; name: string; scopes: string[]; hash: string }, KeyRow>(
  'access.createKey',
  `
CREATE (k:ApiKey {id: $id, name: $name, scopes: $scopes, hash: $hash, createdAt: toString(datetime())})
RETURN ${KEY_FIELDS}
`,
  KeyRow,
);

export const KEY_BY_ID = cypher<{ id: string }, KeyRow>(
  'access.keyById',
  `
MATCH (k:ApiKey {id: $id})
RETURN ${KEY_FIELDS}
`,
  KeyRow,
);

export const ALL_KEYS = cypher<Record<string, never>, KeyRow>(
  'access.allKeys',
  `
MATCH (k:ApiKey)
RETURN ${KEY_FIELDS}
ORDER BY k.createdAt, k.id
`,
  KeyRow,
);

export const REVOKE_KEY = cypher<{ id: string }, { n: number }>(
  'access.revokeKey',
  `
MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL
SET k.revokedAt = toString(datetime())
RETURN count(k) AS n
`,
  z.object({ n: z.number() }),
);
