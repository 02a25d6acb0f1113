/**
 * The synthetic corridor: a deterministic function of (scale, seed) that returns import records, every one marked
 * `synthetic: true`. It builds on the curated cities and chain templates (seeds/g60/), which must be loaded first.
 *
 * Model, in order:
 * 1. each member city gets companies in proportion to CITY_WEIGHTS; each company's industry follows the city's
 *    SPECIALTIES and its segment is uniform over that industry's segments — except (city, segment) cells drawn
 *    empty (local gaps), one segment per industry kept to one company (weak links) and SHAPE.missingSegments;
 * 2. each company gets a Pareto "attractiveness": suppliers are drawn in proportion to it, so a few hubs get many
 *    customers;
 * 3. SUPPLIES: a customer draws a supplier from a segment that FEEDS its own (85 %), one further upstream (10 %)
 *    or one downstream (5 %), inside its own city 40 % of the time when it can;
 * 4. parks per city, 60 % of companies in one; alliances per industry, 10 % of companies members, one chair.
 *
 * `corridorRecords` yields the records one by one, each link after both its ends, so scale XL (1M companies, 10M
 * links) is written and bulk-loaded as it is drawn, never whole in memory: what is kept is one compact entry per
 * company and the table of links drawn so far. `generateCorridor` collects them for the smaller scales.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportRecord } from '@g60/graph-schema';
import { PairTable } from '@g60/graph-schema/pair-table';
import { CITY_WEIGHTS, SCALES, SHAPE, SPECIALTIES, type Scale } from './model.js';

export { SCALES, type Scale };
import { companyName } from './names.js';
import { Random, WeightedSampler } from './random.js';

/**
 * seeds/g60 seen from this file. Only right while this module runs from its source: a bundle (the server's
 * production build) lives elsewhere, so the server passes the folder it resolved from the project root.
 */
const CURATED = join(dirname(fileURLToPath(import.meta.url)), '..', 'g60');

interface SegmentInfo {
  id: string;
  industry: string;
  zh: string;
  en: string;
  position: number;
}

interface CityInfo {
  id: string;
  zh: string;
  en: string;
}

interface Company {
  /** Position in drawing order: the company's number in the table of links. */
  index: number;
  id: string;
  city: string;
  industry: string;
  segments: string[];
  attractiveness: number;
}

/** Files of the export, in the order they must be imported. */
export const EXPORT_FILES = [
  'parks',
  'alliances',
  'companies',
  'located-in',
  'operates-in',
  'in-park',
  'member-of',
  'supplies',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export interface SyntheticCorridor {
  files: Record<ExportFile, ImportRecord[]>;
}

/** One record of the export and the file it belongs to. */
export interface CorridorRecord {
  file: ExportFile;
  record: ImportRecord;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

function loadTemplates(dir: string): { segments: SegmentInfo[]; feeds: [string, string][]; cities: CityInfo[] } {
  type Rec = {
    kind: string;
    id?: string;
    nameZh?: string;
    nameEn?: string;
    position?: number;
    from?: string;
    to?: string;
    role?: string;
  };
  const chain = readJson<Rec[]>(dir, '12-chain-templates.json');
  const partOf = new Map(chain.filter((r) => r.kind === 'PART_OF').map((r) => [r.from ?? '', r.to ?? '']));
  const segments = chain
    .filter((r) => r.kind === 'Segment')
    .map((r) => ({
      id: r.id ?? '',
      industry: (partOf.get(r.id ?? '') ?? '').replace(/^industry:/, ''),
      zh: r.nameZh ?? '',
      en: r.nameEn ?? '',
      position: r.position ?? 0,
    }));
  const feeds = chain.filter((r) => r.kind === 'FEEDS').map((r) => [r.from ?? '', r.to ?? ''] as [string, string]);
  const cities = readJson<Rec[]>(dir, '10-cities.json')
    .filter((r) => r.role === 'MEMBER')
    .map((r) => ({ id: r.id ?? '', zh: r.nameZh ?? '', en: r.nameEn ?? '' }));
  return { segments, feeds, cities };
}

/** The whole corridor in memory: for S, M and L (tests, the bench's online load). */
export function generateCorridor(scale: Scale, seed = 60, curatedDir = CURATED): SyntheticCorridor {
  const files = Object.fromEntries(EXPORT_FILES.map((f) => [f, [] as ImportRecord[]])) as SyntheticCorridor['files'];
  for (const { file, record } of corridorRecords(scale, seed, curatedDir)) files[file].push(record);
  return { files };
}

/**
 * The corridor as a stream of records. Every link comes after both its ends (companies before their links, each
 * park and alliance before the links to it), after the curated cities, industries and segments it builds on.
 */
export function* corridorRecords(scale: Scale, seed = 60, curatedDir = CURATED): Generator<CorridorRecord> {
  const random = new Random(seed);
  const size = SCALES[scale];
  const { segments, feeds, cities } = loadTemplates(curatedDir);
  const base = { synthetic: true, sources: [] as string[] };

  const segmentsOf = new Map<string, SegmentInfo[]>();
  for (const s of segments) push(segmentsOf, s.industry, s);
  const industries = [...segmentsOf.keys()];

  // Shape of the supply: which (city, segment) cells are empty, which segments are single-source.
  const emptyCell = new Set<string>();
  for (const c of cities)
    for (const s of segments) if (random.float() < SHAPE.localGapShare) emptyCell.add(`${c.id}|${s.id}`);
  const missing = new Set<string>(SHAPE.missingSegments);
  const weak = new Set<string>();
  for (const industry of industries) {
    const candidates = (segmentsOf.get(industry) ?? []).filter((s) => !missing.has(s.id));
    for (let i = 0; i < SHAPE.weakSegmentsPerIndustry; i++) weak.add(random.pick(candidates).id);
  }

  // 1. Companies.
  const citySampler = new WeightedSampler(
    cities,
    cities.map((c) => CITY_WEIGHTS[c.id] ?? 1),
  );
  const industrySamplers = new Map(
    cities.map((c) => {
      const spec = SPECIALTIES[c.id] ?? {};
      const list = industries.filter((i) => (spec[i] ?? 0) > 0);
      return [
        c.id,
        new WeightedSampler(
          list,
          list.map((i) => spec[i] ?? 0),
        ),
      ] as const;
    }),
  );
  const companies: Company[] = [];
  const bySegment = new Map<string, Company[]>();
  const byCitySegment = new Map<string, Company[]>();
  const weakTaken = new Set<string>();
  const usedNames = new Set<string>();
  const width = String(size.companies).length;
  for (let n = 0; n < size.companies; n++) {
    const city = citySampler.draw(random);
    const industry = industrySamplers.get(city.id)?.draw(random) ?? random.pick(industries);
    const open = (segmentsOf.get(industry) ?? []).filter(
      (s) => !missing.has(s.id) && !emptyCell.has(`${city.id}|${s.id}`) && !(weak.has(s.id) && weakTaken.has(s.id)),
    );
    if (open.length === 0) {
      n--;
      continue;
    }
    const segment = random.pick(open);
    if (weak.has(segment.id)) weakTaken.add(segment.id);
    const own = [segment.id];
    if (random.float() < SHAPE.secondSegmentShare) {
      const extra = random.pick(open);
      if (extra.id !== segment.id && !weak.has(extra.id)) own.push(extra.id);
    }
    const id = `company:syn-${String(n).padStart(width, '0')}`;
    const company: Company = {
      index: companies.length,
      id,
      city: city.id,
      industry,
      segments: own,
      attractiveness: random.pareto(SHAPE.hubAlpha),
    };
    companies.push(company);
    for (const s of own) {
      push(bySegment, s, company);
      push(byCitySegment, `${city.id}|${s}`, company);
    }
    let name = companyName(random, city, segment);
    for (let tries = 0; usedNames.has(name.zh) && tries < 8; tries++) name = companyName(random, city, segment);
    if (usedNames.has(name.zh)) name = { zh: `${name.zh}（${n}）`, en: `${name.en} #${n}` };
    usedNames.add(name.zh);
    yield {
      file: 'companies',
      record: {
        kind: 'Company',
        id,
        nameZh: name.zh,
        nameEn: name.en,
        aliases: [],
        synthetic: true,
        listed: random.float() < 0.04,
        founded: String(1985 + random.int(0, 38)),
      },
    };
    yield { file: 'located-in', record: { kind: 'LOCATED_IN', from: id, to: city.id, ...base } };
    for (const s of own) yield { file: 'operates-in', record: { kind: 'OPERATES_IN', from: id, to: s, ...base } };
  }

  // 2–3. Supply links along the templates, drawn towards attractive suppliers.
  const upstreamOf = new Map<string, string[]>();
  const downstreamOf = new Map<string, string[]>();
  for (const [u, d] of feeds) {
    push(upstreamOf, d, u);
    push(downstreamOf, u, d);
  }
  const segmentName = new Map(segments.map((s) => [s.id, s.zh]));
  const samplerCache = new Map<string, WeightedSampler<Company>>();
  const samplerFor = (key: string, list: Company[] | undefined) => {
    if (!list || list.length === 0) return undefined;
    let sampler = samplerCache.get(key);
    if (!sampler) {
      sampler = new WeightedSampler(
        list,
        list.map((c) => c.attractiveness),
      );
      samplerCache.set(key, sampler);
    }
    return sampler;
  };
  const customers = companies.filter((c) => c.segments.some((s) => (upstreamOf.get(s) ?? []).length > 0));
  const links = new PairTable(size.supplies);
  let attempts = 0;
  while (links.size < size.supplies && attempts < size.supplies * 20) {
    attempts++;
    const customer = random.pick(customers);
    const segment = random.pick(customer.segments);
    const roll = random.float();
    let from: string[] = upstreamOf.get(segment) ?? [];
    if (roll >= SHAPE.supplyKinds.feeds && roll < SHAPE.supplyKinds.feeds + SHAPE.supplyKinds.skip) {
      from = from.flatMap((u) => upstreamOf.get(u) ?? []);
    } else if (roll >= SHAPE.supplyKinds.feeds + SHAPE.supplyKinds.skip) {
      from = downstreamOf.get(segment) ?? [];
    }
    if (from.length === 0) continue;
    const supplierSegment = random.pick(from);
    const local = random.float() < SHAPE.sameCityShare;
    const sampler = local
      ? samplerFor(`${customer.city}|${supplierSegment}`, byCitySegment.get(`${customer.city}|${supplierSegment}`))
      : samplerFor(supplierSegment, bySegment.get(supplierSegment));
    const supplier = (sampler ?? samplerFor(supplierSegment, bySegment.get(supplierSegment)))?.draw(random);
    if (!supplier || supplier.id === customer.id) continue;
    if (!links.add(supplier.index, customer.index)) continue;
    const product = segmentName.get(supplierSegment);
    yield {
      file: 'supplies',
      record: {
        kind: 'SUPPLIES',
        from: supplier.id,
        to: customer.id,
        ...base,
        ...(product ? { product } : {}),
        since: String(2010 + random.int(0, 14)),
      },
    };
  }

  // 4. Parks and alliances.
  const parksByCity = new Map<string, string[]>();
  const levels = ['NATIONAL', 'PROVINCIAL', 'PROVINCIAL', 'OTHER', 'OTHER', 'DEMONSTRATION'] as const;
  for (let p = 0; p < size.parks; p++) {
    const city = citySampler.draw(random);
    const id = `park:syn-${String(p).padStart(4, '0')}`;
    const industry = industrySamplers.get(city.id)?.draw(random) ?? random.pick(industries);
    const ordinal = (parksByCity.get(city.id)?.length ?? 0) + 1;
    push(parksByCity, city.id, id);
    const park: ImportRecord = {
      kind: 'Park',
      id,
      nameZh: `${city.zh.replace(/^上海/, '')}第${ordinal}产业园（合成）`,
      nameEn: `${city.en.split(',')[0]} Industrial Park No. ${ordinal} (synthetic)`,
      aliases: [],
      synthetic: true,
      level: random.pick(levels),
      status: 'ESTABLISHED',
    };
    yield { file: 'parks', record: park };
    yield { file: 'parks', record: { kind: 'LOCATED_IN', from: id, to: city.id, ...base } };
    yield { file: 'parks', record: { kind: 'FOCUSES_ON', from: id, to: `industry:${industry}`, ...base } };
  }
  for (const c of companies) {
    const parks = parksByCity.get(c.city);
    if (parks && random.float() < SHAPE.inParkShare)
      yield { file: 'in-park', record: { kind: 'IN_PARK', from: c.id, to: random.pick(parks), ...base } };
  }
  // Alliances carry their member count, drawn after them: they and their members (a tenth of the companies) wait
  // here so that each alliance still comes before the links to it.
  const alliances: ImportRecord[] = [];
  const memberships: ImportRecord[] = [];
  const allianceOf = new Map<string, string>();
  for (const industry of industries) {
    const id = `alliance:syn-${industry}`;
    const host = cities.reduce((best, c) =>
      (SPECIALTIES[c.id]?.[industry] ?? 0) > (SPECIALTIES[best.id]?.[industry] ?? 0) ? c : best,
    );
    allianceOf.set(industry, id);
    alliances.push(
      {
        kind: 'Alliance',
        id,
        nameZh: `${segmentsOf.get(industry)?.[0]?.zh ?? industry}等产业协作联盟（合成）`,
        nameEn: `Synthetic ${industry} collaboration alliance`,
        aliases: [],
        synthetic: true,
        founded: String(2017 + random.int(0, 4)),
        status: 'ESTABLISHED',
      },
      { kind: 'HOSTED_IN', from: id, to: host.id, ...base },
      { kind: 'FOCUSES_ON', from: id, to: `industry:${industry}`, ...base },
    );
  }
  const members = new Map<string, number>();
  for (const c of companies) {
    if (random.float() >= SHAPE.allianceShare) continue;
    const alliance = allianceOf.get(c.industry) ?? '';
    const count = members.get(alliance) ?? 0;
    members.set(alliance, count + 1);
    memberships.push({
      kind: 'MEMBER_OF',
      from: c.id,
      to: alliance,
      role: count === 0 ? 'CHAIR' : 'MEMBER',
      ...base,
    });
  }
  for (const record of alliances) {
    if (record.kind === 'Alliance') record.memberCount = members.get(record.id) ?? 0;
    yield { file: 'alliances', record };
  }
  for (const record of memberships) yield { file: 'member-of', record };
}

/** The export as JSON Lines, one string per file: what "byte for byte" determinism is checked on. */
export function toJsonLines(corridor: SyntheticCorridor): Record<ExportFile, string> {
  return Object.fromEntries(
    EXPORT_FILES.map((f) => [f, corridor.files[f].map((r) => JSON.stringify(r)).join('\n') + '\n']),
  ) as Record<ExportFile, string>;
}
