import type { StylesheetJson } from 'cytoscape';
import { INDUSTRY_COLORS, OTHER_CITY_COLOR } from '../graph/palette';
import { PIE_SLICES } from './overviewElements';

/** One pie slice per industry colour, and the grey one for the rest (Cytoscape's pie style, in percent). */
const pieSlices = Object.fromEntries(
  Array.from({ length: PIE_SLICES + 1 }, (_, k) => [
    [`pie-${k + 1}-background-color`, INDUSTRY_COLORS[k] ?? OTHER_CITY_COLOR],
    [`pie-${k + 1}-background-size`, `data(p${k + 1})`],
  ]).flat(),
);

export const overviewStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      label: 'data(label)',
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
      color: '#1f2933',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      // Labels too small to read are not drawn: the semantic zoom shows them as they grow.
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'node.city',
    style: {
      ...pieSlices,
      'pie-size': '82%',
      'border-width': 4,
      'border-color': 'data(color)',
      'background-color': '#fff',
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'font-size': 15,
      'font-weight': 'bold',
    },
  },
  { selector: 'node.city.outside', style: { 'border-style': 'dashed', 'border-color': OTHER_CITY_COLOR } },
  // Zoomed in to segments: the city shrinks to a marker at the centre of its spiral, labelled above it.
  {
    selector: 'node.city.zoomed',
    style: { width: 9, height: 9, 'font-size': 4, 'text-valign': 'top', 'text-margin-y': -1, 'border-width': 1 },
  },
  {
    selector: 'node.segment',
    style: { shape: 'round-rectangle', 'font-size': 2.2, 'text-valign': 'bottom', 'text-margin-y': 0.5 },
  },
  {
    selector: 'node.segment.cell',
    style: {
      shape: 'ellipse',
      'font-size': 12,
      'text-valign': 'center',
      color: '#fff',
      'text-outline-color': '#1f2933',
      'text-outline-width': 1.5,
    },
  },
  {
    selector: 'node.company',
    style: {
      'font-size': 'data(font)',
      'text-valign': 'bottom',
      'text-wrap': 'ellipsis',
      'text-max-width': 'data(labelWidth)',
      'text-outline-width': 0.3,
      'border-width': 0.2,
      'border-color': '#fff',
    },
  },
  { selector: 'node.company.hover, node.company:selected', style: { label: 'data(name)', 'z-index': 10 } },
  {
    selector: 'node.header',
    style: {
      'background-opacity': 0,
      width: 1,
      height: 1,
      'font-size': 14,
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      events: 'no',
    },
  },
  { selector: 'node.header.row', style: { color: 'data(color)', 'text-halign': 'left' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'control-point-step-size': 40,
      opacity: 0.55,
    },
  },
  {
    selector: 'edge.flow',
    style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [30], opacity: 0.45 },
  },
  { selector: 'edge.flow.local', style: { 'line-style': 'dashed' } },
  // Zoomed into segments, the links between cities (drawn for the whole corridor) would cover them.
  { selector: 'edge.quiet', style: { display: 'none' } },
  { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'font-size': 13, opacity: 0.9 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f2933', 'overlay-opacity': 0.15, 'overlay-padding': 4 } },
  { selector: '.faded', style: { opacity: 0.2 } },
];
