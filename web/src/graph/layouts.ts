import cytoscape, { type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { cityPoint, spiralPoint } from './geo';

cytoscape.use(fcose);

export type LayoutName = 'force' | 'tiers' | 'geo';

export interface CityPlace {
  id: string;
  lat: number;
  lng: number;
}

/**
 * Layout defaults, in one place:
 * - force: fCoSE (fast, handles disconnected parts); on an expansion the current positions are its start;
 * - tiers: trace answers left to right, one column per tier (suppliers left, customers right), exact by
 *   construction since the API gives each node its tier;
 * - geo: city nodes at their coordinates (no map tiles), everything else around its city.
 */
export const defaults = {
  force: {
    name: 'fcose',
    quality: 'default',
    animate: false,
    randomize: true,
    nodeRepulsion: () => 8000,
    idealEdgeLength: () => 110,
    nodeSeparation: 90,
    padding: 40,
    fit: true,
  } as LayoutOptions,
  /** Force layouts above this many nodes use draft quality: seconds, not minutes, on a laptop. */
  draftAbove: 800,
  tierGap: 260,
  rowGap: 64,
  /** Pixels per degree for the geographic layout (the corridor spans about 4° x 3°). */
  geoScale: 320,
  /** Upper bound on the zoom a fit may choose, so small graphs are not blown up. */
  maxFitZoom: 1.3,
} as const;

export function tierPositions(nodes: NodeSingular[]): Record<string, { x: number; y: number }> {
  const columns = new Map<number, NodeSingular[]>();
  for (const n of nodes) {
    const tier = (n.data('tier') as number | null) ?? 0;
    const list = columns.get(tier) ?? [];
    list.push(n);
    columns.set(tier, list);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [tier, list] of columns) {
    // Group a column by city so colours form bands; then by name.
    list.sort(
      (a, b) =>
        String(a.data('cityId')).localeCompare(String(b.data('cityId'))) ||
        String(a.data('label')).localeCompare(String(b.data('label'))),
    );
    list.forEach((n, i) => {
      positions[n.id()] = { x: tier * defaults.tierGap, y: (i - (list.length - 1) / 2) * defaults.rowGap };
    });
  }
  return positions;
}

export function geoPositions(
  nodes: NodeSingular[],
  cities: readonly CityPlace[],
): Record<string, { x: number; y: number }> {
  const place = new Map(cities.map((c) => [c.id, cityPoint(c, defaults.geoScale)]));
  const around = new Map<string, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  let unplaced = 0;
  for (const n of nodes) {
    const cityId = n.data('cityId') as string | null;
    const centre = cityId ? place.get(cityId) : undefined;
    if (n.data('kind') === 'CITY' && centre) {
      positions[n.id()] = centre;
    } else if (centre) {
      // A golden-angle spiral keeps a city's companies apart without overlapping its neighbours.
      const k = (around.get(cityId ?? '') ?? 0) + 1;
      around.set(cityId ?? '', k);
      positions[n.id()] = spiralPoint(centre, k, 40, 14);
    } else {
      positions[n.id()] = { x: -900 + (unplaced % 20) * 90, y: 900 + Math.floor(unplaced / 20) * 60 };
      unplaced++;
    }
  }
  return positions;
}
