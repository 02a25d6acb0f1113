/**
 * A company's supplier or customer gaps in a scenario: the real facts (modules/gaps) adjusted to the scenario's
 * graph of one industry. Partners in that industry's segments are read from the changed projection; candidates the
 * scenario removes are dropped and the companies it brings into a gap segment join them, placed at their city.
 */
import type { SupplyDirection } from '../../db/direction.js';
import type { ChangedProjection } from './applyChanges.js';
import type { ScenarioChange } from './changes.js';

/** A segment next to one of the company's own, with its partners there (the rows modules/gaps reads). */
export interface PartnerSegmentFacts {
  ownSegmentId: string;
  segmentId: string;
  partnerIds: string[];
}

/** A company that could fill a gap segment, with what its score is made of (the rows modules/gaps reads). */
export interface CandidateRowFacts {
  segmentId: string;
  id: string;
  cityId: string;
  lat: number;
  lng: number;
  sharedAlliances: string[];
  sharedParks: string[];
  trackRecord: number;
}

/** How a what-if scenario changes a company's facts: its partners, and the candidates. */
export interface FactsAdjustment {
  partners<R extends PartnerSegmentFacts>(rows: R[]): R[];
  candidates(rows: CandidateRowFacts[], segmentIds: string[]): CandidateRowFacts[];
}

export function adjustFacts(
  companyId: string,
  direction: SupplyDirection,
  { projection: p }: ChangedProjection,
  changes: readonly ScenarioChange[],
  places: ReadonlyMap<string, { lat: number; lng: number }>,
): FactsAdjustment {
  const indexOf = new Map(p.companyIds.map((id, i) => [id, i]));
  const segmentIndex = new Map(p.segments.map((s, i) => [s.id, i]));
  const x = indexOf.get(companyId);
  // The company's partners in the changed graph: its customers from the CSR, its suppliers by a scan of it.
  const partners: number[] = [];
  const linksOf = (i: number) => p.targets.subarray(p.offsets[i], p.offsets[i + 1]);
  if (x !== undefined) {
    if (direction === 'DOWNSTREAM') partners.push(...linksOf(x));
    else for (let i = 0; i < p.companyIds.length; i++) if (linksOf(i).includes(x)) partners.push(i);
  }
  // How many partners on the far side each company has: a candidate's track record.
  const trackRecord = (i: number) => {
    if (direction === 'UPSTREAM') return linksOf(i).length;
    let n = 0;
    for (let j = 0; j < p.companyIds.length; j++) if (linksOf(j).includes(i)) n++;
    return n;
  };
  return {
    partners: <R extends PartnerSegmentFacts>(rows: R[]): R[] =>
      rows.map((row) => {
        const s = segmentIndex.get(row.segmentId);
        // A segment of another industry, or a company outside this one: the scenario does not reach it.
        if (s === undefined || x === undefined) return row;
        const ids = partners.filter((j) => (p.segmentsOf[j] as number[]).includes(s)).map((j) => p.companyIds[j]);
        return { ...row, partnerIds: (ids as string[]).sort() };
      }),
    candidates: (rows: CandidateRowFacts[], segmentIds: string[]) => {
      const kept = rows.filter((c) => !segmentIndex.has(c.segmentId) || indexOf.has(c.id));
      const asked = new Set(segmentIds);
      for (const c of changes) {
        if (c.kind !== 'ADD_COMPANY' || !asked.has(c.segmentId) || c.companyId === companyId) continue;
        const place = places.get(c.cityId);
        const i = indexOf.get(c.companyId);
        // Candidates come from member cities, as the real ones do.
        if (!place || i === undefined) continue;
        kept.push({
          segmentId: c.segmentId,
          id: c.companyId,
          cityId: c.cityId,
          lat: place.lat,
          lng: place.lng,
          sharedAlliances: [],
          sharedParks: [],
          trackRecord: trackRecord(i),
        });
      }
      return kept;
    },
  };
}
