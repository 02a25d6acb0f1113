/**
 * Collaboration gaps between member cities (docs/analysis.md): for an ordered pair (A, B), the potential is the
 * number of company pairs (a in A, b in B) with a in segment u, b in segment d and u FEEDS d; the actual is the
 * SUPPLIES links from A to B along those FEEDS links. Pure: counts in, ranked pairs out.
 */
import type { CollaborationFacts } from './facts.js';

export interface CityPair {
  from: string;
  to: string;
  potential: number;
  actual: number;
  /** actual / potential; 0 when there is no potential. */
  ratio: number;
}

export interface UnlinkedPair {
  supplierId: string;
  customerId: string;
  supplierSegmentId: string;
  customerSegmentId: string;
}

/** Every ordered pair of distinct cities, most unlinked potential first (ties by city ids, for stable answers). */
export function rankCityPairs(facts: Omit<CollaborationFacts, 'top'>, cityIds: readonly string[]): CityPair[] {
  const n = new Map<string, number>();
  for (const row of facts.counts) for (const c of row.counts) n.set(`${row.segmentId}|${c.cityId}`, c.n);
  const actual = new Map(facts.actual.map((r) => [`${r.from}|${r.to}`, r.n]));
  const pairs: CityPair[] = [];
  for (const from of cityIds) {
    for (const to of cityIds) {
      if (from === to) continue;
      const potential = facts.feeds.reduce(
        (sum, f) => sum + (n.get(`${f.from}|${from}`) ?? 0) * (n.get(`${f.to}|${to}`) ?? 0),
        0,
      );
      const linked = actual.get(`${from}|${to}`) ?? 0;
      pairs.push({ from, to, potential, actual: linked, ratio: potential === 0 ? 0 : linked / potential });
    }
  }
  const unlinked = (p: CityPair) => p.potential - p.actual;
  return pairs.sort((a, b) => unlinked(b) - unlinked(a) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/**
 * Company pairs worth proposing for a city pair: along each FEEDS link, the best-connected suppliers of `from`
 * against the best-connected customers of `to`. Whether they are already linked is checked afterwards.
 */
export function proposePairs(pair: CityPair, facts: Pick<CollaborationFacts, 'feeds' | 'top'>): UnlinkedPair[] {
  const topOf = new Map(facts.top.map((t) => [`${t.segmentId}|${t.cityId}`, t]));
  const list: UnlinkedPair[] = [];
  for (const f of facts.feeds) {
    for (const a of topOf.get(`${f.from}|${pair.from}`)?.suppliers ?? []) {
      for (const b of topOf.get(`${f.to}|${pair.to}`)?.customers ?? []) {
        if (a !== b) list.push({ supplierId: a, customerId: b, supplierSegmentId: f.from, customerSegmentId: f.to });
      }
    }
  }
  return list;
}

/** The first `max` proposals that are not linked yet, each company pair once. */
export function bestUnlinked(proposals: UnlinkedPair[], linked: ReadonlySet<string>, max: number): UnlinkedPair[] {
  const seen = new Set<string>();
  const out: UnlinkedPair[] = [];
  for (const p of max > 0 ? proposals : []) {
    const key = `${p.supplierId}>${p.customerId}`;
    if (linked.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(p);
    if (out.length >= max) break;
  }
  return out;
}
