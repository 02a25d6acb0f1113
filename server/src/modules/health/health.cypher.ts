import { z } from 'zod';
import { cypher } from '../../db/query.js';

export const COMPONENTS = cypher<Record<string, never>, { version: string; edition: string }>(
  'health.components',
  `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
`,
  z.object({ version: z.string(), edition: z.string() }),
);
