/**
 * The only component that touches Cytoscape: it owns the instance, diffs elements by id inside `cy.batch()`, runs
 * layouts, and exposes what the app needs (fit, export, focus, highlight) through a ref. A thin wrapper of our own
 * (react-cytoscapejs is unmaintained).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { defaults, geoPositions, tierPositions, type CityPlace, type LayoutName } from './layouts';
import { graphStyle, WHATIF_CLASSES } from './style';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  cities: readonly CityPlace[];
  selectedId: string | null;
  focus: boolean;
  highlight: readonly string[];
  /** Classes per element id, from a what-if scenario (style.ts: whatif-removed, whatif-stranded, …). */
  marks: Readonly<Record<string, string>>;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onContextMenu: (id: string, x: number, y: number) => void;
  onLayoutBusy: (busy: boolean) => void;
}

/** Where each node was drawn and how the view was zoomed: what a saved view keeps. */
export interface Placement {
  positions: Record<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

export interface GraphCanvasHandle {
  fit(): void;
  /** Where the drawn nodes are now. */
  placement(): Placement;
  /** The next elements drawn go exactly there (a saved view restored) instead of being laid out. */
  placeNext(placement: Placement): void;
  png(): Promise<Blob>;
  svg(): Promise<string>;
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  const pinned = useRef<Placement | null>(null);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const runLayout = (cy: Core, fresh: boolean) => {
    const { layout, cities, onLayoutBusy } = latest.current;
    const nodes = cy.nodes();
    // A restored view is placed once, exactly as saved; nodes it had no position for fall back to its centre.
    const placed = pinned.current;
    pinned.current = null;
    const options = placed
      ? { name: 'preset', positions: (n: cytoscape.NodeSingular) => placed.positions[n.id()], fit: !placed.viewport }
      : layout === 'tiers'
        ? { name: 'preset', positions: tierPositions(nodes.toArray()), fit: true, padding: 40 }
        : layout === 'geo'
          ? { name: 'preset', positions: geoPositions(nodes.toArray(), cities), fit: true, padding: 40 }
          : {
              ...defaults.force,
              randomize: fresh,
              quality: nodes.length > defaults.draftAbove ? 'draft' : 'default',
            };
    onLayoutBusy(true);
    const run = cy.layout(options as cytoscape.LayoutOptions);
    run.one('layoutstop', () => {
      if (placed?.viewport) cy.viewport(placed.viewport);
      else if (cy.zoom() > defaults.maxFitZoom) {
        cy.zoom(defaults.maxFitZoom);
        cy.center();
      }
      latest.current.onLayoutBusy(false);
    });
    // Let the "laying out" banner paint before a long synchronous layout starts; by then React may have replaced
    // this instance (StrictMode mounts twice), and a destroyed one must not lay out.
    requestAnimationFrame(() => {
      if (!cy.destroyed()) run.run();
    });
  };

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.05,
      maxZoom: 4,
      // Views of thousands of elements stay interactive with these (web/e2e/fps.e2e.ts measures it).
      pixelRatio: 1,
      // While panning and zooming, move a cached bitmap of the view instead of redrawing thousands of elements.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
    });
    cy.on('tap', 'node', (e) => latest.current.onSelect(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) latest.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => latest.current.onExpand(e.target.id()));
    cy.on('cxttap', 'node', (e) => {
      latest.current.onSelect(e.target.id());
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      latest.current.onContextMenu(e.target.id(), p.x, p.y);
    });
    cy.on('cxttap', 'edge', (e) => {
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      latest.current.onContextMenu(e.target.id(), p.x, p.y);
    });
    cyRef.current = cy;
    // Tests and power users read the graph through this handle.
    (window as unknown as { __cy?: Core }).__cy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(props.elements.map((e) => [e.data.id as string, e]));
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const def = wanted.get(el.id());
        if (!def) el.remove();
        else {
          el.data(def.data);
          if (def.classes) el.classes(def.classes as string);
        }
      });
      const fresh = props.elements.filter((e) => cy.getElementById(e.data.id as string).empty());
      added = fresh.length;
      cy.add(fresh.filter((e) => e.group === 'nodes'));
      cy.add(fresh.filter((e) => e.group === 'edges'));
      // Big views: straight haystack edges and no arrows render several times faster.
      cy.edges().toggleClass('fast', cy.elements().length > 1500);
    });
    if (added > 0) runLayout(cy, added === cy.elements().length);
  }, [props.elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && cy.nodes().length > 0) runLayout(cy, props.layout === 'force');
  }, [props.layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (props.selectedId) cy.getElementById(props.selectedId).select();
  }, [props.selectedId, props.elements]);

  // Focus: fade everything but the selection and its neighbourhood.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded');
      const sel = props.selectedId ? cy.getElementById(props.selectedId) : null;
      if (props.focus && sel && sel.nonempty()) cy.elements().difference(sel.closedNeighborhood()).addClass('faded');
    });
  }, [props.focus, props.selectedId, props.elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const ids = new Set(props.highlight);
    cy.batch(() => {
      cy.elements().removeClass('highlight');
      cy.nodes()
        .filter((n) => ids.has(n.id()))
        .addClass('highlight');
      cy.edges()
        .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()) && ids.has(e.id()))
        .addClass('highlight');
    });
  }, [props.highlight, props.elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass(WHATIF_CLASSES.join(' '));
      for (const [id, mark] of Object.entries(props.marks)) cy.getElementById(id).addClass(mark);
    });
  }, [props.marks, props.elements]);

  useImperativeHandle(ref, () => ({
    fit() {
      cyRef.current?.fit(undefined, 40);
    },
    placement() {
      const cy = cyRef.current;
      if (!cy) return { positions: {}, viewport: null };
      const positions: Placement['positions'] = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        positions[n.id()] = { x: p.x, y: p.y };
      });
      return { positions, viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } };
    },
    placeNext(placement) {
      pinned.current = placement;
    },
    async png() {
      const cy = cyRef.current;
      if (!cy) throw new Error('no graph');
      return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    },
    async svg() {
      const cy = cyRef.current;
      if (!cy) throw new Error('no graph');
      // The SVG exporter is only needed when asked for.
      const { default: svg } = await import('cytoscape-svg');
      cytoscape.use(svg);
      return (cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
    },
  }));

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
});
