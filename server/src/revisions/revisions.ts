/**
 * Industry revisions: the counter every analysis result is stamped with (docs/analysis.md, "Kept fresh"). Every
 * write path — import batches, editing mutations, seeds — calls `bumpRevisions` in its own transaction with the ids
 * it wrote; a stored result is served only while its industry's revision is the one it was computed at.
 */
import { labelOfId } from '@g60/graph-schema';
import type { TypedTx } from '../db/executor.js';
import { BUMP_REVISIONS, type Touched } from './revisions.cypher.js';

/**
 * The industries whose analyses a write can change, named by the ids it wrote: a company (its segments'
 * industries), a segment (its industry), an industry; other ids lead to none. A city node's role decides which
 * companies are in the corridor, so writing one touches every industry (`everyIndustry`); a link into a city
 * changes only its other end, which names its own industries. Any id at all moves the corridor's revision: its
 * aggregates count parks, alliances and projects too.
 */
export function touchedIds(ids: Iterable<string>, everyIndustry = false): Touched {
  const all = new Set(ids);
  return { ...splitIds(all), everyIndustry, anything: all.size > 0 };
}

function splitIds(ids: Set<string>): Omit<Touched, 'everyIndustry' | 'anything'> {
  const out: Omit<Touched, 'everyIndustry' | 'anything'> = { companyIds: [], segmentIds: [], industryIds: [] };
  for (const id of ids) {
    const label = labelOfId(id);
    if (label === 'Company') out.companyIds.push(id);
    else if (label === 'Segment') out.segmentIds.push(id);
    else if (label === 'Industry') out.industryIds.push(id);
  }
  return out;
}

function isEmptyTouch(t: Touched): boolean {
  return !t.everyIndustry && !t.anything && t.companyIds.length + t.segmentIds.length + t.industryIds.length === 0;
}

/** Within the writer's transaction; returns how many industries moved on. */
export async function bumpRevisions(tx: TypedTx, touched: Touched): Promise<number> {
  if (isEmptyTouch(touched)) return 0;
  const [row] = await tx.run(BUMP_REVISIONS, touched);
  return row?.n ?? 0;
}
