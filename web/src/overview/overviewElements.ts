/**
 * The overview's canvas as Cytoscape elements, built from the API's aggregates: pure functions, so what is drawn at
 * each zoom level is tested without a browser (overviewElements.test.ts).
 *
 * - Cities (level 0): each city at its coordinates, sized by companies, a pie of its industries; links between
 *   cities as arrows from suppliers to customers, as thick as they are many.
 * - Segments (level 1, zoomed in): a city's chain segments spiral around it, sized by companies, coloured by industry.
 * - Flow (an industry chosen): one column per segment (upstream left), one row per city, links between cells.
 * - Companies (zoomed in further, either view): a segment's most linked companies around its node.
 *
 * Ids carry what a node stands for: `city|<city>`, `seg|<city>|<segment>`, `co|<city>|<segment>|<company>`.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CorridorOverviewQuery } from '../__generated__/graphql';
import { cityPoint, spiralPoint } from '../graph/geo';
import { cityColor, industryColor, OTHER_CITY_COLOR } from '../graph/palette';

export type OverviewData = CorridorOverviewQuery['corridorOverview'];

/** Pixels per degree: the corridor is ~4.5° wide, so ~1,400 px before fitting. */
export const GEO_SCALE = 320;
/** Slices a city's pie shows; further industries are one grey slice. */
export const PIE_SLICES = 8;
/** The flow view draws at most this many links between cells, the largest. */
export const MAX_FLOWS = 600;
/** Companies drawn around the segment zoomed into, and how many of them are labelled. */
export const RING_COMPANIES = 30;
export const LABELLED_COMPANIES = 10;
export const FLOW_COLUMN = 170;
export const FLOW_ROW = 80;

export interface Naming {
  city(id: string): string;
  segment(id: string): string;
  /** Position of the segment's industry in the corridor's list (its colour), and of an industry by id. */
  segmentIndustry(id: string): number;
  industry(id: string): number;
  industryName(id: string): string;
}

export interface CityPlace {
  id: string;
  lat: number;
  lng: number;
  role: string;
}

const scaled = (value: number, max: number, from: number, to: number) =>
  from + (to - from) * Math.sqrt(max > 0 ? value / max : 0);

export const cityNodeId = (cityId: string) => `city|${cityId}`;
export const segmentNodeId = (cityId: string, segmentId: string) => `seg|${cityId}|${segmentId}`;

/** Level 0: cities with their pies, and the links between them. */
export function cityElements(data: OverviewData, places: readonly CityPlace[], naming: Naming): ElementDefinition[] {
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const max = Math.max(0, ...data.cities.map((c) => c.companies));
  const nodes = data.cities.flatMap((c): ElementDefinition[] => {
    const place = placeOf.get(c.city.id);
    if (!place) return [];
    const pie: Record<string, number> = {};
    const slices = Array<number>(PIE_SLICES + 1).fill(0);
    for (const i of c.industries) {
      const k = naming.industry(i.industry.id);
      const slice = k >= 0 && k < PIE_SLICES ? k : PIE_SLICES;
      slices[slice] = (slices[slice] ?? 0) + i.companies;
    }
    // Shares of the industries' sum (a company in two industries is in two slices), so the slices close the circle.
    const sum = slices.reduce((a, b) => a + b, 0);
    slices.forEach((n, k) => (pie[`p${k + 1}`] = sum > 0 ? (n / sum) * 100 : 0));
    return [
      {
        group: 'nodes',
        data: {
          id: cityNodeId(c.city.id),
          kind: 'city',
          cityId: c.city.id,
          label: `${naming.city(c.city.id)}\n${c.companies.toLocaleString()}`,
          companies: c.companies,
          size: scaled(c.companies, max, 26, 110),
          color: cityColor(c.city.id),
          member: place.role === 'MEMBER',
          ...pie,
        },
        position: cityPoint(place, GEO_SCALE),
        classes: place.role === 'MEMBER' ? 'city' : 'city outside',
      },
    ];
  });
  const drawn = new Set(nodes.map((n) => n.data.id));
  const maxLinks = Math.max(0, ...data.links.map((l) => l.links));
  const edges = data.links
    .filter((l) => drawn.has(cityNodeId(l.from.id)) && drawn.has(cityNodeId(l.to.id)))
    .map((l): ElementDefinition => ({
      group: 'edges',
      data: {
        id: `link|${l.from.id}|${l.to.id}`,
        source: cityNodeId(l.from.id),
        target: cityNodeId(l.to.id),
        links: l.links,
        label: l.links.toLocaleString(),
        width: scaled(l.links, maxLinks, 1, 16),
        color: cityColor(l.from.id),
      },
      classes: 'link',
    }));
  return [...nodes, ...edges];
}

/** Level 1: one city's segments around it, grouped by industry (the corridor's order), largest first within one. */
export function segmentElements(
  data: OverviewData,
  cityId: string,
  centre: { x: number; y: number },
  naming: Naming,
): ElementDefinition[] {
  const cells = data.cells
    .filter((c) => c.city.id === cityId && c.companies > 0)
    .sort(
      (a, b) =>
        naming.segmentIndustry(a.segment.id) - naming.segmentIndustry(b.segment.id) || b.companies - a.companies,
    );
  const max = Math.max(0, ...cells.map((c) => c.companies));
  return cells.map((c, k) => ({
    group: 'nodes',
    data: {
      id: segmentNodeId(cityId, c.segment.id),
      kind: 'segment',
      cityId,
      segmentId: c.segment.id,
      label: `${naming.segment(c.segment.id)} ${c.companies.toLocaleString()}`,
      companies: c.companies,
      size: scaled(c.companies, max, 3, 14),
      color: industryColor(naming.segmentIndustry(c.segment.id)),
    },
    position: spiralPoint(centre, k + 1, 12, 10),
    classes: 'segment',
  }));
}

/** An industry's chain as a flow: cells in a grid (segments left to right, cities top to bottom) and links. */
export function flowElements(data: OverviewData, places: readonly CityPlace[], naming: Naming): ElementDefinition[] {
  const column = new Map(data.segments.map((s, i) => [s.id, i]));
  // Member cities first, west to east, then the rest: rows keep their order whatever the counts.
  const roleOf = new Map(places.map((p) => [p.id, p]));
  const rows = data.cities
    .map((c) => c.city.id)
    .filter((id) => roleOf.has(id))
    .sort((a, b) => {
      const pa = roleOf.get(a) as CityPlace;
      const pb = roleOf.get(b) as CityPlace;
      return Number(pb.role === 'MEMBER') - Number(pa.role === 'MEMBER') || pa.lng - pb.lng;
    });
  const row = new Map(rows.map((id, i) => [id, i]));
  const at = (cityId: string, segmentId: string) => ({
    x: (column.get(segmentId) ?? 0) * FLOW_COLUMN,
    y: (row.get(cityId) ?? 0) * FLOW_ROW,
  });
  const headers: ElementDefinition[] = [
    ...data.segments.map((s, i) => ({
      group: 'nodes' as const,
      data: { id: `col|${s.id}`, kind: 'header', label: naming.segment(s.id) },
      position: { x: i * FLOW_COLUMN, y: -FLOW_ROW },
      classes: 'header',
      selectable: false,
      grabbable: false,
    })),
    ...rows.map((id) => ({
      group: 'nodes' as const,
      data: { id: `row|${id}`, kind: 'header', label: naming.city(id), color: cityColor(id) },
      position: { x: -FLOW_COLUMN, y: (row.get(id) ?? 0) * FLOW_ROW },
      classes: 'header row',
      selectable: false,
      grabbable: false,
    })),
  ];
  const cells = data.cells.filter((c) => row.has(c.city.id) && column.has(c.segment.id));
  const max = Math.max(0, ...cells.map((c) => c.companies));
  const cellNodes = cells.map((c): ElementDefinition => ({
    group: 'nodes',
    data: {
      id: segmentNodeId(c.city.id, c.segment.id),
      kind: 'segment',
      cityId: c.city.id,
      segmentId: c.segment.id,
      label: c.companies.toLocaleString(),
      companies: c.companies,
      size: scaled(c.companies, max, 10, 56),
      color: cityColor(c.city.id),
    },
    position: at(c.city.id, c.segment.id),
    classes: 'segment cell',
  }));
  const drawn = new Set(cellNodes.map((n) => n.data.id));
  const flows = data.flows
    .filter(
      (f) =>
        drawn.has(segmentNodeId(f.fromCity.id, f.fromSegment.id)) &&
        drawn.has(segmentNodeId(f.toCity.id, f.toSegment.id)) &&
        !(f.fromCity.id === f.toCity.id && f.fromSegment.id === f.toSegment.id),
    )
    .sort((a, b) => b.links - a.links)
    .slice(0, MAX_FLOWS);
  const maxLinks = Math.max(0, ...flows.map((f) => f.links));
  const edges = flows.map((f): ElementDefinition => ({
    group: 'edges',
    data: {
      id: `flow|${f.fromCity.id}|${f.fromSegment.id}|${f.toCity.id}|${f.toSegment.id}`,
      source: segmentNodeId(f.fromCity.id, f.fromSegment.id),
      target: segmentNodeId(f.toCity.id, f.toSegment.id),
      links: f.links,
      label: f.links.toLocaleString(),
      width: scaled(f.links, maxLinks, 0.5, 12),
      color: f.fromCity.id === f.toCity.id ? OTHER_CITY_COLOR : cityColor(f.fromCity.id),
    },
    classes: f.fromCity.id === f.toCity.id ? 'flow local' : 'flow',
  }));
  return [...headers, ...cellNodes, ...edges];
}

export interface RingCompany {
  id: string;
  label: string;
  degree: number;
}

/**
 * Level 2: a segment's most linked companies around its node, sized in `unit`s (1 around a city's segments,
 * larger among the flow view's bigger cells).
 */
export function companyElements(
  cityId: string,
  segmentId: string,
  centre: { x: number; y: number },
  inner: number,
  companies: readonly RingCompany[],
  unit = 1,
): ElementDefinition[] {
  const max = Math.max(0, ...companies.map((c) => c.degree));
  return companies.map((c, k) => ({
    group: 'nodes',
    data: {
      id: `co|${cityId}|${segmentId}|${c.id}`,
      kind: 'company',
      companyId: c.id,
      cityId,
      // The most linked ten are named; the rest show their name when pointed at (a ring of thirty names is a blur).
      label: k < LABELLED_COMPANIES ? c.label : '',
      name: c.label,
      size: scaled(c.degree, max, 2, 5) * unit,
      font: 1.1 * unit,
      labelWidth: 16 * unit,
      color: cityColor(cityId),
    },
    position: spiralPoint(centre, k + 1, inner, 4.5 * unit),
    classes: 'company',
  }));
}

/**
 * The semantic zoom: how far in the view is, relative to the zoom that fits the whole overview. The flow view has
 * no segment level (its cells are segments already).
 */
export function zoomLevel(relativeZoom: number, flow: boolean): 0 | 1 | 2 {
  if (flow) return relativeZoom >= 3 ? 2 : 0;
  return relativeZoom >= 9 ? 2 : relativeZoom >= 2.2 ? 1 : 0;
}
