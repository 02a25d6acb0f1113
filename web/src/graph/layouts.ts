import type { LayoutOptions } from 'cytoscape';

/**
 * Layout defaults. `cose` ships with Cytoscape (no extra download) and is good enough for neighbourhoods of a few
 * hundred nodes; randomize off so expanding keeps the existing picture roughly where it was.
 */
export const defaults = {
  neighbourhood: {
    name: 'cose',
    animate: false,
    randomize: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    padding: 40,
    fit: true,
  } as LayoutOptions,
} as const;
