/**
 * Parameters of the synthetic corridor. They are assumptions, not facts: they make a graph whose shape resembles
 * the corridor (big cities have more firms, each city leans to its known specialties, supply follows the chain
 * templates, a few hubs have many customers) so that gap analysis and performance can be exercised at scale.
 */

export type Scale = 'S' | 'M' | 'L' | 'XL';

export const SCALES: Record<Scale, { companies: number; supplies: number; parks: number }> = {
  S: { companies: 5_000, supplies: 25_000, parks: 45 },
  M: { companies: 50_000, supplies: 250_000, parks: 180 },
  L: { companies: 200_000, supplies: 1_000_000, parks: 450 },
  /** Generated and loaded as a stream (corridorRecords, `--bulk`): never whole in memory. */
  XL: { companies: 1_000_000, supplies: 10_000_000, parks: 2_000 },
};

/** Relative number of high-tech firms per member city (roughly the order of their economies). */
export const CITY_WEIGHTS: Record<string, number> = {
  'city:suzhou': 20,
  'city:hangzhou': 18,
  'city:hefei': 14,
  'city:songjiang': 10,
  'city:jiaxing': 9,
  'city:jinhua': 8,
  'city:wuhu': 8,
  'city:huzhou': 7,
  'city:xuancheng': 6,
};

/** How strongly each city leans to each templated industry (0 = none). */
export const SPECIALTIES: Record<string, Record<string, number>> = {
  'city:songjiang': { ai: 3, ic: 2, robotics: 2, 'new-materials': 1, nev: 1, biomedicine: 1, 'civil-aviation': 1 },
  'city:jiaxing': { nev: 2, 'new-materials': 2, ic: 1, robotics: 1, biomedicine: 1 },
  'city:hangzhou': { ai: 4, ic: 2, biomedicine: 2, robotics: 1, nev: 1 },
  'city:jinhua': { 'new-materials': 4, nev: 2, robotics: 1 },
  'city:suzhou': { ic: 4, biomedicine: 3, nev: 2, robotics: 2, 'new-materials': 2, ai: 2, 'civil-aviation': 1 },
  'city:huzhou': { nev: 2, 'new-materials': 2, biomedicine: 1 },
  'city:xuancheng': { nev: 2, 'new-materials': 1, robotics: 1 },
  'city:wuhu': { robotics: 4, nev: 3, 'civil-aviation': 2, 'new-materials': 1 },
  'city:hefei': { ai: 3, ic: 3, nev: 3, biomedicine: 1, 'new-materials': 1 },
};

export const SHAPE = {
  /** Share of (city, segment) cells left empty, so that local gaps exist. */
  localGapShare: 0.18,
  /** Segments per industry kept to a single corridor company (weak links), at most. */
  weakSegmentsPerIndustry: 1,
  /** Industries (by id) with one segment left with no company at all (missing links). */
  missingSegments: ['segment:civil-aviation.engines', 'segment:ic.eda-ip'],
  /** Share of companies active in a second segment of their industry. */
  secondSegmentShare: 0.1,
  /** Supply links: along FEEDS, skipping one segment, or backwards (rework, returns, services). */
  supplyKinds: { feeds: 0.85, skip: 0.1, backwards: 0.05 },
  /** Share of supply links chosen inside the customer's own city when possible. */
  sameCityShare: 0.4,
  /** Pareto shape of a supplier's attractiveness: lower means heavier tail (bigger hubs). */
  hubAlpha: 1.3,
  /** Share of companies placed in one of their city's parks. */
  inParkShare: 0.6,
  /** Share of companies that belong to an alliance of their industry. */
  allianceShare: 0.1,
} as const;
