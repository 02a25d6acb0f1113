/**
 * Entities one hop away from a batch of parents, for the relationship fields of the schema (Company.segments,
 * Industry.segments, Agreement.signatories, …). One statement per (parent label, type, direction), built from the
 * closed unions; DataLoader batches every parent of a request into one call.
 */
import { assertLabel, assertRelType, type NodeLabel, type RelType } from '@g60/graph-schema';
import { z } from 'zod';
import { cypher, type CypherQuery } from '../../db/query.js';
import { RawEntityRow } from './entity.rows.js';

export const RelatedRow = RawEntityRow.extend({ parentId: z.string(), role: z.string().nullable() });
export type RelatedRow = z.infer<typeof RelatedRow>;

export interface RelatedSpec {
  parent: NodeLabel;
  type: RelType;
  /** OUT follows the relationship from the parent, IN against it. */
  direction: 'OUT' | 'IN';
}

const cache = new Map<string, CypherQuery<{ ids: string[] }, RelatedRow>>();

export function relatedQuery(spec: RelatedSpec): CypherQuery<{ ids: string[] }, RelatedRow> {
  const key = `${spec.parent}|${spec.type}|${spec.direction}`;
  let query = cache.get(key);
  if (!query) {
    const p = assertLabel(spec.parent);
    const t = assertRelType(spec.type);
    const pattern = spec.direction === 'OUT' ? `(p:${p})-[r:${t}]->(n)` : `(p:${p})<-[r:${t}]-(n)`;
    query = cypher(
      `related.${p}.${t}.${spec.direction}`,
      `
MATCH ${pattern} WHERE p.id IN $ids
RETURN p.id AS parentId, labels(n)[0] AS label, properties(n) AS props, r.role AS role
ORDER BY p.id, coalesce(n.position, 0), n.id
`,
      RelatedRow,
    );
    cache.set(key, query);
  }
  return query;
}
