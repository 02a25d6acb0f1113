/**
 * What a scenario changes against the real graph, for one industry (docs/scenarios.md, "The diff"): coverage
 * cells whose status moved, companies stranded (left without any supplier of an input segment they had one of) or
 * rescued (given one where they had none), city pairs whose collaboration moved. Pure.
 */
import { LIMITS } from '@g60/graph-schema';
import type { Answers } from '../thread/analysisThread.js';
import { classifyRow, type CoverageStatus } from '../coverage.js';
import type { IndustryProjection } from '../projection.js';
import type { ChangedProjection } from './applyChanges.js';

export interface CellChangeResult {
  segmentId: string;
  /** null: the segment's row over all member cities (MISSING / WEAK / COVERED). */
  cityId: string | null;
  before: CoverageStatus;
  after: CoverageStatus;
  countBefore: number;
  countAfter: number;
}

export interface CompanyChangeResult {
  companyId: string;
  /** The input segments the company lost (stranded) or gained (rescued) every supplier of. */
  segmentIds: string[];
}

export interface CityPairChangeResult {
  from: string;
  to: string;
  potentialBefore: number;
  potentialAfter: number;
  actualBefore: number;
  actualAfter: number;
}

export interface ScenarioDiffResult {
  cells: CellChangeResult[];
  stranded: CompanyChangeResult[];
  strandedCount: number;
  rescued: CompanyChangeResult[];
  rescuedCount: number;
  cityPairs: CityPairChangeResult[];
  removedCount: number;
  addedCount: number;
  connectedDownstreamBefore: number;
  connectedDownstreamAfter: number;
}

export function diffScenario(
  real: { projection: IndustryProjection; answers: Answers; inputs: ReadonlySet<number> },
  /** `inputsAfter`: suppliedInputs of the changed projection, taken before its arrays moved to the worker. */
  changed: ChangedProjection & { inputsAfter: ReadonlySet<number> },
  after: Answers,
): ScenarioDiffResult {
  const p = real.projection;
  const members = p.cities.members;
  const cells: CellChangeResult[] = [];
  const afterRows = new Map(after.coverage.rows.map((r) => [r.segmentId, r]));
  for (const row of real.answers.coverage.rows) {
    const b = classifyRow(new Map(row.counts.map((c) => [c.cityId, c.n])), members);
    const a = classifyRow(new Map((afterRows.get(row.segmentId)?.counts ?? []).map((c) => [c.cityId, c.n])), members);
    if (b.status !== a.status || b.total !== a.total) {
      cells.push({
        segmentId: row.segmentId,
        cityId: null,
        before: b.status,
        after: a.status,
        countBefore: b.total,
        countAfter: a.total,
      });
    }
    b.cells.forEach((cb, i) => {
      const ca = a.cells[i] as (typeof a.cells)[number];
      if (cb.status !== ca.status || cb.count !== ca.count) {
        cells.push({
          segmentId: row.segmentId,
          cityId: cb.cityId,
          before: cb.status,
          after: ca.status,
          countBefore: cb.count,
          countAfter: ca.count,
        });
      }
    });
  }

  // Stranded and rescued: per company of the real graph still in the scenario, the input segments it has a
  // supplier in, before and after.
  const { inputsAfter } = changed;
  const segments = p.segments.length;
  const stranded: CompanyChangeResult[] = [];
  const rescued: CompanyChangeResult[] = [];
  for (let i = 0; i < p.companyIds.length; i++) {
    const j = changed.indexOfReal[i] as number;
    if (j < 0) continue;
    const lost: string[] = [];
    const gained: string[] = [];
    for (let u = 0; u < segments; u++) {
      const had = real.inputs.has(i * segments + u);
      const has = inputsAfter.has(j * segments + u);
      if (had && !has) lost.push((p.segments[u] as { id: string }).id);
      if (!had && has) gained.push((p.segments[u] as { id: string }).id);
    }
    if (lost.length > 0) stranded.push({ companyId: p.companyIds[i] as string, segmentIds: lost });
    if (gained.length > 0) rescued.push({ companyId: p.companyIds[i] as string, segmentIds: gained });
  }

  const pairsAfter = new Map(after.collaboration.map((c) => [`${c.from}|${c.to}`, c]));
  const cityPairs: CityPairChangeResult[] = [];
  for (const b of real.answers.collaboration) {
    const a = pairsAfter.get(`${b.from}|${b.to}`);
    if (!a || (a.actual === b.actual && a.potential === b.potential)) continue;
    cityPairs.push({
      from: b.from,
      to: b.to,
      potentialBefore: b.potential,
      potentialAfter: a.potential,
      actualBefore: b.actual,
      actualAfter: a.actual,
    });
  }

  const listed = LIMITS.scenario.companies.max;
  return {
    cells,
    stranded: stranded.slice(0, listed),
    strandedCount: stranded.length,
    rescued: rescued.slice(0, listed),
    rescuedCount: rescued.length,
    cityPairs,
    removedCount: changed.removedIds.length,
    addedCount: changed.projection.companyIds.length - (p.companyIds.length - changed.removedIds.length),
    connectedDownstreamBefore: real.answers.resilience.connectedDownstream,
    connectedDownstreamAfter: after.resilience.connectedDownstream,
  };
}

/**
 * Which input segments each company has a supplier in: `company × segments + u` for every company b with a
 * supplier in segment u where u FEEDS one of b's segments.
 */
export function suppliedInputs(p: IndustryProjection): Set<number> {
  const segmentIndex = new Map(p.segments.map((s, i) => [s.id, i]));
  const segments = p.segments.length;
  // feeds[u * segments + d] = 1 when u FEEDS d.
  const feeds = new Uint8Array(segments * segments);
  for (const f of p.feeds) {
    const u = segmentIndex.get(f.from);
    const d = segmentIndex.get(f.to);
    if (u !== undefined && d !== undefined) feeds[u * segments + d] = 1;
  }
  const out = new Set<number>();
  for (let a = 0; a < p.companyIds.length; a++) {
    for (let k = p.offsets[a] as number; k < (p.offsets[a + 1] as number); k++) {
      const b = p.targets[k] as number;
      for (const u of p.segmentsOf[a] as number[]) {
        if ((p.segmentsOf[b] as number[]).some((d) => feeds[u * segments + d])) out.add(b * segments + u);
      }
    }
  }
  return out;
}
