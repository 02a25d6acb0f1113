import { z } from 'zod';
import { cypher } from './query.js';

export const SCHEMA_OBJECTS = cypher<Record<string, never>, { name: string; state: string }>(
  'migrate.schemaObjects',
  `
SHOW INDEXES YIELD name, state
RETURN name, state
`,
  z.object({ name: z.string(), state: z.string() }),
);

export const AWAIT_INDEXES = `CALL db.awaitIndexes($seconds)`;
