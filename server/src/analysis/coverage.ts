/**
 * Coverage statuses as docs/analysis.md defines them, for one segment over the selected cities C:
 * MISSING if no company of C operates in the segment; else LOCAL_GAP where a city has none; else WEAK if C has
 * exactly one company in the segment; else COVERED.
 */
export type CoverageStatus = 'MISSING' | 'LOCAL_GAP' | 'WEAK' | 'COVERED';

export interface CoverageRowResult {
  total: number;
  status: CoverageStatus;
  cells: { cityId: string; count: number; status: CoverageStatus }[];
}

export function segmentStatus(total: number): CoverageStatus {
  if (total === 0) return 'MISSING';
  if (total === 1) return 'WEAK';
  return 'COVERED';
}

export function classifyRow(countsByCity: ReadonlyMap<string, number>, cityIds: readonly string[]): CoverageRowResult {
  const cells = cityIds.map((cityId) => ({ cityId, count: countsByCity.get(cityId) ?? 0 }));
  const total = cells.reduce((n, c) => n + c.count, 0);
  const rowStatus = segmentStatus(total);
  return {
    total,
    status: rowStatus,
    cells: cells.map((c) => ({
      ...c,
      status: rowStatus === 'MISSING' ? 'MISSING' : c.count === 0 ? 'LOCAL_GAP' : rowStatus,
    })),
  };
}
