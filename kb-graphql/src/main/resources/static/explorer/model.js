// The explorer's state, without any drawing: the concepts met so far, the edges of each expanded
// concept as the API returned them (best supported first), what the user hid or pinned, and the
// filters. `view()` derives what to draw: for each expanded concept only its strongest neighbours
// that pass the filters, up to a limit that "show more" raises.
import { KINDS, RELATIONS } from '/kb/kb.js';

export const nodeKey = (c) => `${c.kind}|${c.id}`;
export const edgeKey = (e) => `${e.relation}|${nodeKey(e.from)}|${nodeKey(e.to)}`;

/** The concept kinds drawn as nodes (a side effect is a kind of fact only). */
export const NODE_KINDS = Object.keys(KINDS).filter((kind) => !KINDS[kind].factOnly);

/** How many cases support an edge under a confidence setting, ruled-out ones included. */
export function weight(edge, confidence) {
  return (confidence === 'ALL' ? Math.max(edge.allCases, edge.cases) : edge.cases) + edge.absentCases;
}

/** Only ruled out: every case that mentions the pair says the symptom was absent. */
export const ruledOut = (edge) => edge.cases === 0 && edge.absentCases > 0;
/** Reported in some cases and ruled out in others. */
export const mixed = (edge) => edge.cases > 0 && edge.absentCases > 0;

export class ExplorerModel {
  constructor() {
    this.perExpansion = 8;
    this.filters = { kinds: new Set(NODE_KINDS), relations: new Set(Object.keys(RELATIONS)), minCases: 1, confidence: 'CONFIDENT' };
    this.reset();
  }

  /** Forgets the graph (not the filters). */
  reset() {
    this.concepts = new Map(); // key -> {key, kind, id, name, caseCount, codes?, synonyms?, cases?}
    this.expansions = new Map(); // key -> {edges: {CONFIDENT?: [...], ALL?: [...]}, limit}
    this.hidden = new Set();
    this.pinned = new Set();
    this.root = null;
  }

  /** Records a concept, keeping what was already known of it. */
  remember(concept) {
    const key = nodeKey(concept);
    const known = this.concepts.get(key) || { key };
    for (const [name, value] of Object.entries(concept)) {
      if (value !== undefined && name !== 'edges') known[name] = value;
    }
    this.concepts.set(key, known);
    return known;
  }

  /** Stores an expanded concept's edges read under a confidence setting. */
  setEdges(key, confidence, edges) {
    const expansion = this.expansions.get(key) || { edges: {}, limit: this.perExpansion };
    expansion.edges[confidence] = edges.map((e) => {
      this.remember(e.from);
      this.remember(e.to);
      return { ...e, key: edgeKey(e), from: nodeKey(e.from), to: nodeKey(e.to) };
    });
    this.expansions.set(key, expansion);
    this.hidden.delete(key);
  }

  /** Expanded concepts whose edges under the current confidence setting are not read yet. */
  missingEdges() {
    return [...this.expansions.entries()].filter(([, x]) => !x.edges[this.filters.confidence]).map(([key]) => key);
  }

  isExpanded(key) {
    return this.expansions.has(key);
  }

  showMore(key) {
    const expansion = this.expansions.get(key);
    if (expansion) expansion.limit += this.perExpansion;
  }

  hide(key) {
    if (key === this.root) return;
    this.hidden.add(key);
    this.pinned.delete(key);
  }

  togglePin(key) {
    if (this.pinned.has(key)) this.pinned.delete(key);
    else this.pinned.add(key);
  }

  passes(edge) {
    const f = this.filters;
    return f.relations.has(edge.relation) && weight(edge, f.confidence) >= f.minCases;
  }

  /** The largest case count among the known edges, for the minimum-cases control. */
  maxWeight() {
    let max = 1;
    for (const x of this.expansions.values()) {
      for (const e of x.edges[this.filters.confidence] || []) max = Math.max(max, weight(e, this.filters.confidence));
    }
    return max;
  }

  /**
   * What to draw: `nodes` (keys), `edges` (records) and `more` (expanded key -> how many more
   * neighbours pass the filters than are shown). The concept searched for and pinned ones always
   * stay; expanded ones stay while their kind is shown; a neighbour comes in when it is among the
   * strongest `limit` of an expanded concept drawn.
   */
  view() {
    const f = this.filters;
    const shown = new Set();
    const visible = (key) => !this.hidden.has(key) || key === this.root;
    const allowed = (key) => key === this.root || (visible(key) && (this.pinned.has(key) || f.kinds.has(this.concepts.get(key).kind)));
    for (const key of this.expansions.keys()) if (allowed(key)) shown.add(key);
    for (const key of this.pinned) if (allowed(key)) shown.add(key);
    const more = new Map();
    for (const [key, expansion] of this.expansions) {
      if (!allowed(key)) continue;
      const candidates = (expansion.edges[f.confidence] || [])
        .filter((e) => this.passes(e) && allowed(e.from === key ? e.to : e.from))
        .sort((a, b) => weight(b, f.confidence) - weight(a, f.confidence));
      const taken = candidates.slice(0, expansion.limit);
      for (const e of taken) shown.add(e.from === key ? e.to : e.from);
      more.set(key, candidates.length - taken.length);
    }
    // Every known edge between two drawn concepts, once.
    const edges = new Map();
    for (const expansion of this.expansions.values()) {
      for (const e of expansion.edges[f.confidence] || []) {
        if (this.passes(e) && shown.has(e.from) && shown.has(e.to)) edges.set(e.key, e);
      }
    }
    return { nodes: [...shown], edges: [...edges.values()], more };
  }
}
