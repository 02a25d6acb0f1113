/**
 * A scenario's graph for one industry: the industry's projection (../projection.ts) with the scenario's changes
 * applied, as a new projection the analyses read exactly like the real one. The real projection is not touched
 * (it stays cached for the next scenario); companies keep their order, added ones come last.
 */
import type { IndustryProjection } from '../projection.js';
import type { ScenarioChange } from './changes.js';

export interface ChangedProjection {
  projection: IndustryProjection;
  /** For each company of the real projection, its index in the changed one; -1 when the scenario removes it. */
  indexOfReal: Int32Array;
  /** Companies of the real projection the scenario removes (by id), for the diff. */
  removedIds: string[];
}

export function applyChanges(real: IndustryProjection, changes: readonly ScenarioChange[]): ChangedProjection {
  const n = real.companyIds.length;
  const indexOf = new Map(real.companyIds.map((id, i) => [id, i]));
  const segmentIndex = new Map(real.segments.map((s, i) => [s.id, i]));
  const cityIndex = new Map(real.cities.all.map((c, i) => [c, i]));

  // Changes apply in order: a later change wins over an earlier one about the same link.
  const removed = new Uint8Array(n);
  let added: { id: string; segments: number[]; cities: number[] }[] = [];
  const addedLinks = new Map<string, [string, string]>();
  const removedLinks = new Set<string>();
  for (const c of changes) {
    switch (c.kind) {
      case 'REMOVE_COMPANY': {
        const i = indexOf.get(c.companyId);
        if (i !== undefined) removed[i] = 1;
        // A company an earlier change of the scenario brought in can leave again.
        else added = added.filter((a) => a.id !== c.companyId);
        break;
      }
      case 'REMOVE_CITY': {
        const city = cityIndex.get(c.cityId);
        if (city === undefined) break;
        for (let i = 0; i < n; i++) if ((real.citiesOf[i] as number[]).includes(city)) removed[i] = 1;
        // Every company of the city, those the scenario brought there before this change included.
        added = added.filter((a) => !a.cities.includes(city));
        break;
      }
      case 'ADD_COMPANY': {
        // A company added in a segment of another industry is not part of this one's chain.
        const segment = segmentIndex.get(c.segmentId);
        const city = cityIndex.get(c.cityId);
        if (segment !== undefined)
          added.push({ id: c.companyId, segments: [segment], cities: city === undefined ? [] : [city] });
        break;
      }
      case 'ADD_LINK': {
        const key = `${c.supplierId}>${c.customerId}`;
        removedLinks.delete(key);
        addedLinks.set(key, [c.supplierId, c.customerId]);
        break;
      }
      case 'REMOVE_LINK': {
        const key = `${c.supplierId}>${c.customerId}`;
        addedLinks.delete(key);
        removedLinks.add(key);
        break;
      }
    }
  }

  const indexOfReal = new Int32Array(n).fill(-1);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    indexOfReal[i] = ids.length;
    ids.push(real.companyIds[i] as string);
  }
  const firstAdded = ids.length;
  const newIndex = new Map<string, number>();
  ids.forEach((id, i) => newIndex.set(id, i));
  for (const a of added) {
    newIndex.set(a.id, ids.length);
    ids.push(a.id);
  }
  const m = ids.length;

  // Customers per company in the changed graph, and how each company's degrees move.
  const customers: number[][] = Array.from({ length: m }, () => []);
  const outDelta = new Int32Array(m);
  const inDelta = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const from = indexOfReal[i] as number;
    for (let k = real.offsets[i] as number; k < (real.offsets[i + 1] as number); k++) {
      const j = real.targets[k] as number;
      const to = indexOfReal[j] as number;
      const gone =
        from < 0 ||
        to < 0 ||
        (removedLinks.size > 0 && removedLinks.has(`${real.companyIds[i]}>${real.companyIds[j]}`));
      if (!gone) customers[from]?.push(to);
      else {
        if (from >= 0) outDelta[from] = (outDelta[from] as number) - 1;
        if (to >= 0) inDelta[to] = (inDelta[to] as number) - 1;
      }
    }
  }
  for (const [supplierId, customerId] of addedLinks.values()) {
    const from = newIndex.get(supplierId);
    const to = newIndex.get(customerId);
    // A link to a company outside this industry (or removed) is not part of its chain.
    if (from === undefined || to === undefined) continue;
    const list = customers[from] as number[];
    if (list.includes(to)) continue;
    list.push(to);
    outDelta[from] = (outDelta[from] as number) + 1;
    inDelta[to] = (inDelta[to] as number) + 1;
  }

  const offsets = new Int32Array(m + 1);
  let links = 0;
  for (let i = 0; i < m; i++) {
    offsets[i] = links;
    links += (customers[i] as number[]).length;
  }
  offsets[m] = links;
  const targets = new Int32Array(links);
  customers.forEach((list, i) => targets.set(list, offsets[i] as number));

  const outDegree = new Int32Array(m);
  const inDegree = new Int32Array(m);
  const segmentsOf: number[][] = [];
  const citiesOf: number[][] = [];
  for (let i = 0; i < n; i++) {
    const j = indexOfReal[i] as number;
    if (j < 0) continue;
    outDegree[j] = (real.outDegree[i] as number) + (outDelta[j] as number);
    inDegree[j] = (real.inDegree[i] as number) + (inDelta[j] as number);
    segmentsOf[j] = real.segmentsOf[i] as number[];
    citiesOf[j] = real.citiesOf[i] as number[];
  }
  added.forEach((a, k) => {
    const j = firstAdded + k;
    outDegree[j] = outDelta[j] as number;
    inDegree[j] = inDelta[j] as number;
    segmentsOf[j] = a.segments;
    citiesOf[j] = a.cities;
  });

  return {
    projection: {
      segments: real.segments,
      feeds: real.feeds,
      cities: real.cities,
      companyIds: ids,
      segmentsOf,
      citiesOf,
      outDegree,
      inDegree,
      offsets,
      targets,
    },
    indexOfReal,
    removedIds: real.companyIds.filter((_, i) => removed[i] === 1),
  };
}
