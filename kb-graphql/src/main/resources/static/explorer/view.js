// The drawing, by Cytoscape.js (served as a WebJar): kind colours and shapes, edges by relation,
// ruled-out ones dashed, a force-directed layout (fCoSE) that counts the labels as part of the
// nodes. Labels are in graph units and the zoom never goes below MIN_ZOOM, so on screen they are
// never smaller than MIN_LABEL_PX; an edge's label is drawn only where it overlaps no other label.
import { KINDS } from '/kb/kb.js';

/** The smallest label on screen, in CSS pixels. */
export const MIN_LABEL_PX = 12;
const FONT = 18;
const MIN_ZOOM = MIN_LABEL_PX / FONT;
const SHAPES = { circle: 'ellipse', square: 'round-rectangle', diamond: 'diamond', hexagon: 'hexagon', triangle: 'triangle' };

const STYLE = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)', 'background-color': 'data(color)', width: 30, height: 30,
      'border-width': 2.5, 'border-color': '#111',
      label: 'data(name)', 'font-size': FONT, 'font-weight': 700, color: '#111',
      'font-family': 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 170,
      'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
      'text-background-shape': 'round-rectangle',
    },
  },
  { selector: 'node.expanded', style: { width: 40, height: 40, 'border-width': 6 } },
  { selector: 'node.ruled-out', style: { 'background-opacity': 0.35, 'border-style': 'dashed' } },
  { selector: 'node.pinned', style: { 'outline-width': 4, 'outline-color': '#003d80', 'outline-offset': 3, 'outline-style': 'dotted' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier', width: 'data(width)', 'line-color': '#333', 'target-arrow-shape': 'triangle',
      'target-arrow-color': '#333', 'arrow-scale': 1.1, label: '', 'font-size': FONT, color: '#111',
      'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': 3,
      'text-background-shape': 'round-rectangle', 'text-border-width': 1.5, 'text-border-color': '#333', 'text-border-opacity': 1,
    },
  },
  { selector: 'edge.labelled', style: { label: 'data(label)' } },
  { selector: 'edge.mixed', style: { 'line-style': 'dashed', 'line-dash-pattern': [18, 5, 3, 5] } },
  {
    selector: 'edge.ruled-out',
    style: {
      'line-color': '#a00000', 'target-arrow-color': '#a00000', 'line-style': 'dashed', 'line-dash-pattern': [10, 7],
      color: '#a00000', 'font-weight': 700, 'text-border-color': '#a00000',
    },
  },
  { selector: 'edge.hover', style: { 'underlay-color': '#767676', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
  { selector: '.selected', style: { 'underlay-color': '#003d80', 'underlay-opacity': 0.3, 'underlay-padding': 8 } },
  { selector: 'node.selected', style: { 'border-color': '#000', 'border-width': 6 } },
  { selector: '.kb-focus', style: { 'underlay-color': '#ffbf00', 'underlay-opacity': 0.9, 'underlay-padding': 10 } },
];

/** A Cytoscape view in `container`; `on.node(key)` and `on.edge(key)` are called on a click. */
export class GraphView {
  constructor(container, on) {
    this.cy = window.cytoscape({
      container, style: STYLE, minZoom: MIN_ZOOM, maxZoom: 3, boxSelectionEnabled: false,
      selectionType: 'single', autounselectify: true,
    });
    this.cy.on('tap', 'node', (event) => on.node(event.target.id()));
    this.cy.on('tap', 'edge', (event) => on.edge(event.target.id()));
    this.cy.on('dragfree', 'node', () => this.placeEdgeLabels());
    this.cy.on('mouseover', 'node, edge', (event) => {
      event.target.addClass('hover');
      container.style.cursor = 'pointer';
      on.hover(event.target.id(), event.renderedPosition);
    });
    this.cy.on('mouseout', 'node, edge', (event) => {
      event.target.removeClass('hover');
      container.style.cursor = '';
      on.hover(null);
    });
  }

  /**
   * Draws `nodes` (concept records with `expanded`, `pinned`, `ruledOut`) and `edges` (with
   * `label`, `width`, `ruledOut`, `mixed`), then lays out again when the set of nodes changed:
   * new nodes start beside the node they came from, pinned nodes stay where they are.
   */
  async show(nodes, edges, near) {
    const cy = this.cy;
    const wanted = new Set([...nodes.map((n) => n.key), ...edges.map((e) => e.key)]);
    const before = new Set(cy.nodes().map((n) => n.id()));
    let changed = false;
    cy.batch(() => {
      cy.elements().filter((el) => !wanted.has(el.id())).remove();
      for (const n of nodes) {
        const meta = KINDS[n.kind] || { color: '#777', shape: 'circle' };
        let el = cy.getElementById(n.key);
        if (el.empty()) {
          const origin = cy.getElementById(near(n.key) || '');
          const at = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
          el = cy.add({ group: 'nodes', data: { id: n.key }, position: { x: at.x + Math.random() * 40 - 20, y: at.y + Math.random() * 40 - 20 } });
        }
        el.data({ name: n.name, color: meta.color, shape: SHAPES[meta.shape] || 'ellipse' });
        el.toggleClass('expanded', n.expanded).toggleClass('pinned', n.pinned).toggleClass('ruled-out', n.ruledOut);
      }
      for (const e of edges) {
        let el = cy.getElementById(e.key);
        if (el.empty()) el = cy.add({ group: 'edges', data: { id: e.key, source: e.from, target: e.to } });
        el.data({ label: e.label, width: e.width });
        el.toggleClass('ruled-out', e.ruledOut).toggleClass('mixed', e.mixed);
      }
    });
    changed = cy.nodes().length !== before.size || cy.nodes().some((n) => !before.has(n.id()));
    if (changed && cy.nodes().length) await this.layout(before.size === 0);
    this.placeEdgeLabels();
    return changed;
  }

  /** fCoSE over the whole graph; pinned nodes keep their place. */
  layout(fresh) {
    const cy = this.cy;
    const fixed = cy.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    // Shorter edges in a small window: the labels are part of the nodes, so they stay apart.
    const edgeLength = Math.max(50, Math.min(110, Math.min(cy.width(), cy.height()) / 6));
    const layout = cy.layout({
      name: 'fcose', quality: 'proof', randomize: fresh, animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: () => edgeLength, nodeRepulsion: () => 12000,
      edgeElasticity: () => 0.3, gravity: 0.4, gravityRange: 2.5, numIter: 4000, tile: true,
      packComponents: true, nodeSeparation: 90, fixedNodeConstraint: fixed.length ? fixed : undefined,
    });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => {
      if (!fixed.length) this.turnToWindow();
      this.separate();
    });
  }

  /** A layout wider than tall in a window taller than wide (a phone), or the reverse, is turned a quarter. */
  turnToWindow() {
    const cy = this.cy;
    const box = cy.nodes().boundingBox({ includeLabels: true });
    const shape = (w, h) => (h > w * 1.2 ? 'tall' : w > h * 1.2 ? 'wide' : 'square');
    const want = shape(cy.width(), cy.height());
    const have = shape(box.w, box.h);
    if (want === 'square' || have === 'square' || want === have) return;
    const cx = (box.x1 + box.x2) / 2;
    const cyy = (box.y1 + box.y2) / 2;
    cy.nodes().positions((n) => ({ x: cx - (n.position('y') - cyy), y: cyy + (n.position('x') - cx) }));
  }

  /**
   * The layout keeps nodes with their labels apart but does not promise it: push apart any two
   * label boxes that still touch, along the axis where they overlap least.
   */
  separate() {
    const nodes = this.cy.nodes();
    const gap = 6;
    for (let round = 0; round < 60; round++) {
      let moved = false;
      const boxes = nodes.map((n) => ({ n, b: n.boundingBox({ includeLabels: true }) }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].b;
          const b = boxes[j].b;
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (dx <= 0 || dy <= 0) continue;
          const p = boxes[i].n;
          const q = boxes[j].n;
          const horizontal = dx < dy;
          const sign = horizontal ? Math.sign(p.position('x') - q.position('x')) || 1 : Math.sign(p.position('y') - q.position('y')) || 1;
          const share = p.hasClass('pinned') || q.hasClass('pinned') ? 1 : 0.5;
          const step = (horizontal ? dx : dy) * share;
          for (const [n, s] of [[p, sign], [q, -sign]]) {
            if (n.hasClass('pinned')) continue;
            n.shift(horizontal ? { x: s * step, y: 0 } : { x: 0, y: s * step });
          }
          moved = true;
        }
      }
      if (!moved) return;
    }
  }

  /**
   * Shows edge labels, the selected edge's and then the best supported first, where they overlap
   * no node, no node's label and no label already shown; the rest are in the side list.
   */
  placeEdgeLabels() {
    const cy = this.cy;
    const overlaps = (a, b) => a.x1 < b.x2 + 2 && b.x1 < a.x2 + 2 && a.y1 < b.y2 + 2 && b.y1 < a.y2 + 2;
    const taken = cy.nodes().map((n) => n.boundingBox({ includeLabels: true }));
    const edges = cy.edges().sort((a, b) => (b.hasClass('selected') - a.hasClass('selected')) || (b.data('width') - a.data('width')));
    // One edge at a time, outside a batch: a label's size is known once its style is applied.
    for (const edge of edges) {
      edge.addClass('labelled');
      const box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false });
      if (box.w > 0 && !taken.some((t) => overlaps(t, box))) taken.push(box);
      else edge.removeClass('labelled');
    }
  }

  /** Fits the graph in the window, never zooming out past MIN_ZOOM; then centres on `key`. */
  fit(key) {
    const cy = this.cy;
    cy.fit(cy.elements(), 24);
    const node = key ? cy.getElementById(key) : null;
    if (cy.zoom() <= MIN_ZOOM + 1e-6 && node && node.nonempty()) cy.center(node);
  }

  zoomBy(factor, key) {
    const cy = this.cy;
    const el = key ? cy.getElementById(key) : cy.collection();
    const box = el.nonempty() ? el.renderedBoundingBox() : { x1: 0, x2: cy.width(), y1: 0, y2: cy.height() };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
  }

  /** Marks `key` (or nothing) as selected, or as having keyboard focus, and brings it in view. */
  mark(className, key) {
    const cy = this.cy;
    cy.elements(`.${className}`).removeClass(className);
    const el = key ? cy.getElementById(key) : cy.collection();
    el.addClass(className);
    if (className === 'selected') this.placeEdgeLabels();
    if (el.nonempty()) {
      const box = el.renderedBoundingBox();
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(el);
    }
  }

  /**
   * Every label drawn, in screen pixels relative to the page: {id, text, x1, y1, x2, y2, fontPx,
   * inside}. The browser tests read this to check that no two labels overlap and none is small.
   */
  labels() {
    const cy = this.cy;
    const rect = cy.container().getBoundingClientRect();
    const out = [];
    const add = (el, box, text) => {
      const fontPx = parseFloat(el.style('font-size')) * cy.zoom();
      const b = { x1: box.x1 + rect.left, y1: box.y1 + rect.top, x2: box.x2 + rect.left, y2: box.y2 + rect.top };
      const inside = b.x1 >= rect.left - 1 && b.y1 >= rect.top - 1 && b.x2 <= rect.right + 1 && b.y2 <= rect.bottom + 1;
      out.push({ id: el.id(), text, ...b, fontPx, inside });
    };
    for (const n of cy.nodes()) add(n, n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }), n.data('name'));
    for (const e of cy.edges('.labelled')) {
      add(e, e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeSourceLabels: false, includeTargetLabels: false }), e.data('label'));
    }
    return out;
  }
}
