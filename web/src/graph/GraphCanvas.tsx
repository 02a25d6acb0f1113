/**
 * The only component that touches Cytoscape: it owns the instance, diffs elements by id inside `cy.batch()`, and
 * reports taps and double-taps. A thin wrapper of our own (react-cytoscapejs is unmaintained).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { defaults } from './layouts';
import { graphStyle } from './style';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

export function GraphCanvas({ elements, selectedId, onSelect, onExpand }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // Cytoscape listeners are bound once; they call the latest props through this ref.
  const handlers = useRef({ onSelect, onExpand });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onExpand };
  });

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.1,
      maxZoom: 4,
    });
    cy.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
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
    const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
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
      const fresh = elements.filter((e) => cy.getElementById(e.data.id as string).empty());
      const nodes = fresh.filter((e) => e.group === 'nodes');
      const edges = fresh.filter((e) => e.group === 'edges');
      added = fresh.length;
      cy.add(nodes);
      cy.add(edges);
    });
    if (added > 0) {
      // A fresh picture starts from random positions; an expansion keeps the existing ones as its start.
      const fresh = added === cy.elements().length;
      const layout = cy.layout({ ...defaults.neighbourhood, randomize: fresh } as typeof defaults.neighbourhood);
      // Fitting three nodes would zoom to the maximum; keep labels at a readable size instead.
      layout.one('layoutstop', () => {
        if (cy.zoom() > defaults.maxFitZoom) {
          cy.zoom(defaults.maxFitZoom);
          cy.center();
        }
      });
      layout.run();
    }
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
