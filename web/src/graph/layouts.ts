import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/**
 * Layout defaults. fCoSE (force-directed, fast, handles disconnected parts) for neighbourhoods; on an expansion the
 * existing positions are its start (randomize false) so the picture the user had stays recognisable.
 */
export const defaults = {
  neighbourhood: {
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
  /** Upper bound on the zoom a fit may choose, so small graphs are not blown up. */
  maxFitZoom: 1.3,
} as const;
