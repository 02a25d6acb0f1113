import type { NodeKind } from '../__generated__/graphql';

/**
 * Visual language. City colours are Paul Tol's "muted" scheme: nine hues that stay distinct for the common forms
 * of colour blindness, one per member city; anything else is grey.
 */
export const CITY_COLORS: Record<string, string> = {
  'city:songjiang': '#332288',
  'city:jiaxing': '#88CCEE',
  'city:hangzhou': '#44AA99',
  'city:jinhua': '#117733',
  'city:suzhou': '#999933',
  'city:huzhou': '#DDCC77',
  'city:xuancheng': '#CC6677',
  'city:wuhu': '#882255',
  'city:hefei': '#AA4499',
};
export const OTHER_CITY_COLOR = '#BBBBBB';

export function cityColor(cityId: string | null | undefined): string {
  return (cityId && CITY_COLORS[cityId]) || OTHER_CITY_COLOR;
}

/**
 * Industry colours for the overview's pies and the dashboard: Paul Tol's "light" scheme (eight hues, distinct for
 * colour-blind readers and apart from the city colours' darker tones); industries past the eighth share grey.
 */
export const INDUSTRY_COLORS = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33', '#AAAA00'];

export function industryColor(index: number): string {
  return INDUSTRY_COLORS[index] ?? OTHER_CITY_COLOR;
}

/** Shape per kind, so kind reads without colour. */
export const KIND_SHAPES: Record<NodeKind, string> = {
  CITY: 'hexagon',
  INDUSTRY: 'round-octagon',
  SEGMENT: 'round-rectangle',
  COMPANY: 'ellipse',
  PARK: 'diamond',
  ALLIANCE: 'star',
  PROJECT: 'triangle',
  AGREEMENT: 'round-tag',
  SOURCE: 'vee',
};
