/**
 * One industry held compactly in the server: companies numbered 0..n-1, their supply links inside the industry as
 * a CSR adjacency (typed arrays), cities and segments by index. Built from one projection read; coverage counts,
 * collaboration facts and the supply graph for dominators are all derived from it in one pass each, instead of a
 * Cypher pattern per question (docs/analysis.md, "How the answers are computed").
 */
import type { CityList, CollaborationFacts, SegmentCounts } from './facts.js';
import type { ProjectedCompany } from './analysis.cypher.js';

export interface IndustryProjection {
  segments: { id: string; stage: string }[];
  feeds: { from: string; to: string }[];
  cities: CityList;
  companyIds: string[];
  /** Per company: its segments (indices into `segments`) and cities (indices into `cities.all`). */
  segmentsOf: number[][];
  citiesOf: number[][];
  outDegree: Int32Array;
  inDegree: Int32Array;
  /** Links inside the industry: customers of company i are `targets[offsets[i] .. offsets[i + 1])`. */
  offsets: Int32Array;
  targets: Int32Array;
}

export function projectIndustry(
  segments: { id: string; stage: string }[],
  feeds: { from: string; to: string }[],
  cities: CityList,
  rows: ProjectedCompany[],
): IndustryProjection {
  const n = rows.length;
  const indexOf = new Map<string, number>();
  rows.forEach((r, i) => indexOf.set(r.id, i));
  const segmentIndex = new Map(segments.map((s, i) => [s.id, i]));
  const cityIndex = new Map(cities.all.map((c, i) => [c, i]));
  const outDegree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  let links = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i] as ProjectedCompany;
    outDegree[i] = row.customerIds.length;
    inDegree[i] = row.inDegree;
    for (const c of row.customerIds) if (indexOf.has(c)) links++;
  }
  const targets = new Int32Array(links);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    // A customer listed twice (two SUPPLIES links between one pair) is one link, as DISTINCT in Cypher.
    const seen = new Set<number>();
    for (const c of (rows[i] as ProjectedCompany).customerIds) {
      const j = indexOf.get(c);
      if (j !== undefined && !seen.has(j)) {
        seen.add(j);
        targets[at++] = j;
      }
    }
  }
  offsets[n] = at;
  return {
    segments,
    feeds,
    cities,
    companyIds: rows.map((r) => r.id),
    segmentsOf: rows.map((r) => indices(r.segmentIds, segmentIndex)),
    citiesOf: rows.map((r) => indices(r.cityIds, cityIndex)),
    outDegree,
    inDegree,
    offsets,
    targets: at === links ? targets : targets.slice(0, at),
  };
}

/** A projection whose typed arrays are its own (the worker takes the arrays it is given). */
export function copyProjection(p: IndustryProjection): IndustryProjection {
  return {
    ...p,
    outDegree: p.outDegree.slice(),
    inDegree: p.inDegree.slice(),
    offsets: p.offsets.slice(),
    targets: p.targets.slice(),
  };
}

function indices(ids: string[], index: Map<string, number>): number[] {
  const out: number[] = [];
  for (const id of new Set(ids)) {
    const i = index.get(id);
    if (i !== undefined) out.push(i);
  }
  return out;
}

/** Company count per segment (chain order) and city, over every city: the coverage of any choice of cities. */
export function segmentCityCounts(p: IndustryProjection, cityIds: readonly string[] = p.cities.all): SegmentCounts {
  const wanted = new Set(cityIds);
  const counts = p.segments.map(() => new Map<string, number>());
  for (let i = 0; i < p.companyIds.length; i++) {
    for (const c of p.citiesOf[i] as number[]) {
      const city = p.cities.all[c] as string;
      if (!wanted.has(city)) continue;
      for (const s of p.segmentsOf[i] as number[]) {
        const m = counts[s] as Map<string, number>;
        m.set(city, (m.get(city) ?? 0) + 1);
      }
    }
  }
  return p.segments.map((s, i) => ({
    segmentId: s.id,
    counts: [...(counts[i] as Map<string, number>)].map(([cityId, n]) => ({ cityId, n })),
  }));
}

/** Codepoint order, as Cypher's ORDER BY on strings. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The facts of collaboration gaps (collaboration.ts): counts over member cities; linked pairs per ordered pair of
 * member cities, one per (FEEDS link, supplier, customer); the `top` best-connected suppliers (by customers) and
 * customers (by suppliers) per (segment, member city).
 */
export function collaborationFacts(p: IndustryProjection, top: number): CollaborationFacts {
  const members = new Set(p.cities.members);
  const isMember = p.cities.all.map((c) => members.has(c));
  const segmentIndex = new Map(p.segments.map((s, i) => [s.id, i]));
  const feeds = new Set(p.feeds.map((f) => `${segmentIndex.get(f.from)}>${segmentIndex.get(f.to)}`));
  const actual = new Map<string, number>();
  for (let a = 0; a < p.companyIds.length; a++) {
    const citiesA = (p.citiesOf[a] as number[]).filter((c) => isMember[c]);
    if (citiesA.length === 0) continue;
    for (let k = p.offsets[a] as number; k < (p.offsets[a + 1] as number); k++) {
      const b = p.targets[k] as number;
      const citiesB = (p.citiesOf[b] as number[]).filter((c) => isMember[c]);
      if (citiesB.length === 0) continue;
      let along = 0;
      for (const u of p.segmentsOf[a] as number[])
        for (const d of p.segmentsOf[b] as number[]) if (feeds.has(`${u}>${d}`)) along++;
      if (along === 0) continue;
      for (const ca of citiesA) {
        for (const cb of citiesB) {
          if (ca === cb) continue;
          const key = `${p.cities.all[ca]}|${p.cities.all[cb]}`;
          actual.set(key, (actual.get(key) ?? 0) + along);
        }
      }
    }
  }

  const cells = new Map<string, number[]>();
  for (let i = 0; i < p.companyIds.length; i++) {
    for (const c of p.citiesOf[i] as number[]) {
      if (!isMember[c]) continue;
      for (const s of p.segmentsOf[i] as number[]) {
        const key = `${s}|${c}`;
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
    }
  }
  const best = (list: number[], degree: Int32Array) =>
    [...list]
      .sort(
        (x, y) =>
          (degree[y] as number) - (degree[x] as number) || byId(p.companyIds[x] as string, p.companyIds[y] as string),
      )
      .slice(0, top)
      .map((i) => p.companyIds[i] as string);
  return {
    feeds: p.feeds,
    counts: segmentCityCounts(p, p.cities.members),
    actual: [...actual].map(([key, n]) => {
      const [from, to] = key.split('|') as [string, string];
      return { from, to, n };
    }),
    top: [...cells].map(([key, list]) => {
      const [s, c] = key.split('|').map(Number) as [number, number];
      return {
        segmentId: (p.segments[s] as { id: string }).id,
        cityId: p.cities.all[c] as string,
        suppliers: best(list, p.outDegree),
        customers: best(list, p.inDegree),
      };
    }),
  };
}

/** Which (supplier, customer) pairs of the industry are linked, as `a>b` keys, among the asked ones. */
export function linkedPairs(p: IndustryProjection, pairs: { a: string; b: string }[]): Set<string> {
  const indexOf = new Map(p.companyIds.map((id, i) => [id, i]));
  const out = new Set<string>();
  for (const { a, b } of pairs) {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined) continue;
    for (let k = p.offsets[i] as number; k < (p.offsets[i + 1] as number); k++) {
      if (p.targets[k] === j) {
        out.add(`${a}>${b}`);
        break;
      }
    }
  }
  return out;
}

/** The stages each company has in the industry. */
export function stagesOf(p: IndustryProjection, i: number): Set<string> {
  return new Set((p.segmentsOf[i] as number[]).map((s) => (p.segments[s] as { stage: string }).stage));
}

/** How many companies operate in the industry, in all and per city (each company once per city it is in). */
export function companyCounts(p: IndustryProjection): { total: number; byCity: Record<string, number> } {
  const byCity: Record<string, number> = {};
  for (const cities of p.citiesOf) {
    for (const c of cities) {
      const id = p.cities.all[c] as string;
      byCity[id] = (byCity[id] ?? 0) + 1;
    }
  }
  return { total: p.companyIds.length, byCity };
}
