/**
 * The overview's own Cytoscape instance: the corridor drawn from aggregates, with a semantic zoom — going in, the
 * cities in view open into their segments, and then the segment nearest the centre into its most linked companies.
 * Only what is in view is added, so the canvas never holds more than a few thousand elements (docs/overview.md).
 * Plain TypeScript, not React: OverviewCanvas.tsx mounts it and hands it each new answer.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import {
  cityElements,
  cityNodeId,
  companyElements,
  flowElements,
  segmentElements,
  segmentNodeId,
  zoomLevel,
  type CityPlace,
  type Naming,
  type OverviewData,
  type RingCompany,
} from './overviewElements';
import { overviewStyle } from './overviewStyle';

export interface OverviewAnswerView {
  data: OverviewData;
  places: readonly CityPlace[];
  naming: Naming;
  /** An industry is chosen: its chain as a flow between cities. */
  flow: boolean;
}

export interface OverviewEvents {
  onSelectCity(cityId: string | null): void;
  onSelectSegment(cityId: string, segmentId: string): void;
  onOpenCompany(companyId: string): void;
  loadCompanies(cityId: string, segmentId: string): Promise<RingCompany[]>;
  /** The semantic zoom's level changed: 0 cities (or the flow's cells), 1 segments, 2 companies. */
  onLevel(level: number): void;
}

declare global {
  interface Window {
    /** Tests and benchmarks read the overview's canvas through these. */
    __overviewCy?: Core;
    __overviewDrawnAt?: number;
  }
}

export class OverviewController {
  readonly cy: Core;
  private view: OverviewAnswerView | null = null;
  /** The zoom at which the whole overview fits: levels are relative to it. */
  private baseZoom = 1;
  private level = -1;
  private ring = { key: '', token: 0 };
  private pending = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: () => OverviewEvents,
  ) {
    const cy = cytoscape({
      container,
      style: overviewStyle,
      minZoom: 0.02,
      maxZoom: 60,
      pixelRatio: 1,
      textureOnViewport: true,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      const kind = n.data('kind') as string;
      if (kind === 'city') this.events().onSelectCity(n.data('cityId') as string);
      if (kind === 'segment') this.events().onSelectSegment(n.data('cityId') as string, n.data('segmentId') as string);
    });
    cy.on('tap', (e) => {
      if (e.target === cy) this.events().onSelectCity(null);
    });
    cy.on('dbltap', 'node.company', (e) => this.events().onOpenCompany(e.target.data('companyId') as string));
    cy.on('mouseover', 'edge, node.company', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge, node.company', (e) => e.target.removeClass('hover'));
    cy.on('viewport', () => {
      if (this.pending) return;
      this.pending = requestAnimationFrame(() => {
        this.pending = 0;
        if (!cy.destroyed()) this.updateLevel();
      });
    });
    this.cy = cy;
    window.__overviewCy = cy;
  }

  destroy(): void {
    cancelAnimationFrame(this.pending);
    this.cy.destroy();
    if (window.__overviewCy === this.cy) delete window.__overviewCy;
  }

  /** A new answer (industry, year): drawn afresh and fitted. */
  draw(view: OverviewAnswerView): void {
    const { cy } = this;
    this.view = view;
    this.ring = { key: '', token: this.ring.token + 1 };
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        view.flow
          ? flowElements(view.data, view.places, view.naming)
          : cityElements(view.data, view.places, view.naming),
      );
    });
    cy.fit(undefined, 40);
    this.baseZoom = cy.zoom();
    this.updateLevel();
    // When the first frame with the overview is painted: what "drawn" means for the benchmark.
    requestAnimationFrame(() => {
      window.__overviewDrawnAt = performance.now();
      this.container.dataset.drawn = String(cy.elements().length);
    });
  }

  select(cityId: string | null, segmentId: string | null): void {
    this.cy.$(':selected').unselect();
    const id = cityId && segmentId ? segmentNodeId(cityId, segmentId) : cityId ? cityNodeId(cityId) : null;
    if (id) this.cy.getElementById(id).select();
  }

  /** The level the zoom asks for: add what came into view, drop what left it. */
  private updateLevel(): void {
    const { cy, view } = this;
    if (!view) return;
    const { data, naming, flow } = view;
    const level = zoomLevel(cy.zoom() / this.baseZoom, flow);
    if (level !== this.level) {
      this.level = level;
      this.container.dataset.level = String(level);
      this.events().onLevel(level);
    }
    const extent = cy.extent();
    const margin = 40 / cy.zoom();
    const inView = (p: { x: number; y: number }) =>
      p.x > extent.x1 - margin && p.x < extent.x2 + margin && p.y > extent.y1 - margin && p.y < extent.y2 + margin;
    if (!flow) {
      cy.batch(() => {
        const cities = cy.nodes('node.city');
        cities.toggleClass('zoomed', level >= 1);
        cy.edges('edge.link').toggleClass('quiet', level >= 1);
        const wanted = new Set(level >= 1 ? cities.filter((c) => inView(c.position())).map((c) => c.id()) : []);
        cy.nodes('node.segment')
          .filter((s) => !wanted.has(cityNodeId(s.data('cityId') as string)))
          .remove();
        const add: ElementDefinition[] = [];
        for (const city of cities) {
          const cityId = city.data('cityId') as string;
          if (!wanted.has(city.id()) || cy.nodes('node.segment').some((s) => s.data('cityId') === cityId)) continue;
          add.push(...segmentElements(data, cityId, city.position(), naming));
        }
        if (add.length > 0) cy.add(add);
      });
    }
    // Companies: around the segment nearest the centre, once zoomed that far.
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    let nearest: NodeSingular | null = null;
    if (level === 2) {
      let best = Infinity;
      cy.nodes('node.segment').forEach((s) => {
        const p = s.position();
        const d = (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2;
        if (inView(p) && d < best) {
          best = d;
          nearest = s;
        }
      });
    }
    this.showCompanies(nearest);
  }

  private showCompanies(segment: NodeSingular | null): void {
    const { cy } = this;
    const key = segment?.id() ?? '';
    if (key === this.ring.key) return;
    const token = this.ring.token + 1;
    this.ring = { key, token };
    cy.batch(() => {
      cy.nodes('node.company').remove();
      cy.nodes('node.segment').removeClass('faded');
    });
    if (!segment) return;
    const cityId = segment.data('cityId') as string;
    const segmentId = segment.data('segmentId') as string;
    const unit = this.view?.flow ? 5 : 1;
    void this.events()
      .loadCompanies(cityId, segmentId)
      .then((companies) => {
        if (cy.destroyed() || this.ring.token !== token) return;
        const node = cy.getElementById(segmentNodeId(cityId, segmentId));
        if (node.empty()) return;
        const inner = (node.data('size') as number) / 2 + 2 * unit;
        cy.batch(() => {
          cy.nodes('node.segment').not(node).addClass('faded');
          cy.add(companyElements(cityId, segmentId, node.position(), inner, companies, unit));
        });
      })
      .catch(() => undefined);
  }
}
