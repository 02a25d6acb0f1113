import type { StylesheetJson } from 'cytoscape';
import { KIND_SHAPES } from './palette';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(label)',
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      'font-size': 11,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      width: 26,
      height: 26,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({
    selector: `node.${kind.toLowerCase()}`,
    style: { shape: shape as never },
  })),
  { selector: 'node.city', style: { width: 40, height: 40, 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node.alliance', style: { width: 34, height: 34 } },
  // Synthetic data must never pass for a curated fact: dashed outline and faded.
  { selector: 'node.synthetic', style: { 'border-style': 'dashed', 'border-color': '#52606d', opacity: 0.8 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0b429' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.supplies', style: { width: 2.5, 'line-color': '#d64545', 'target-arrow-color': '#d64545' } },
  { selector: 'edge.member_of', style: { 'line-style': 'dashed' } },
  { selector: 'edge.located_in, edge.hosted_in', style: { 'line-color': '#cbd2d9', 'target-arrow-color': '#cbd2d9' } },
  { selector: 'edge.focuses_on, edge.operates_in', style: { 'line-style': 'dotted' } },
  { selector: 'edge.synthetic', style: { opacity: 0.7 } },
  // Labels of small nodes vanish when zoomed far out: fewer glyphs to draw, and unreadable there anyway.
  { selector: 'node', style: { 'min-zoomed-font-size': 7 } },
  { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'haystack-radius': 0 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.highlight', style: { 'border-width': 4, 'border-color': '#f0b429', 'z-index': 10 } },
  {
    selector: 'edge.highlight',
    style: { width: 4, 'line-color': '#f0b429', 'target-arrow-color': '#f0b429', 'z-index': 10 },
  },
  { selector: 'node.cut', style: { 'border-width': 4, 'border-color': '#e12d39', 'border-style': 'double' } },
  // What-if marks (scenarios): what the scenario removes is struck through, what it strands ringed red, rescues green.
  {
    selector: 'node.whatif-removed',
    style: { opacity: 0.35, 'border-width': 3, 'border-style': 'dashed', 'border-color': '#52606d' },
  },
  { selector: 'edge.whatif-removed', style: { 'line-style': 'dashed', opacity: 0.4 } },
  { selector: 'node.whatif-stranded', style: { 'border-width': 5, 'border-color': '#e12d39', 'z-index': 10 } },
  { selector: 'node.whatif-rescued', style: { 'border-width': 5, 'border-color': '#27ab83', 'z-index': 10 } },
];

/** The classes the what-if marks use, so a change of scenario takes the old ones off. */
export const WHATIF_CLASSES = ['whatif-removed', 'whatif-stranded', 'whatif-rescued'] as const;
