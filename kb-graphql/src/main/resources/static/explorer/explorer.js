// The graph explorer: search a concept (synonym-aware), draw its neighbourhood as an SVG graph,
// expand nodes, and read the evidence sentences behind an edge. Reads the public GraphQL API only.
import { KINDS, RELATIONS, gql, h, kindBadge, symbol, highlight, caseUrl, explorerUrl, status } from '/kb/kb.js';

const SEARCH = `query ExplorerSearch($q: String!) {
  search(query: $q, first: 10) {
    concepts { score matchedBy concept { id kind name codes } }
    cases { case { id title } }
  }
}`;

const CONCEPT = `query ExplorerConcept($kind: ConceptKind!, $id: ID!) {
  concept(kind: $kind, id: $id) {
    id kind name codes synonyms caseCount
    cases(first: 10) { nodes { id title } }
    edges(first: 50) {
      nodes {
        relation cases absentCases mentions allCases
        from { id kind name caseCount }
        to { id kind name caseCount }
      }
    }
  }
}`;

const EDGE_ORDER = `query ExplorerEdgeOrder($kind: ConceptKind!, $id: ID!, $relation: KnowledgeRelation) {
  concept(kind: $kind, id: $id) {
    edges(relation: $relation, first: 100) { nodes { from { id kind } to { id kind } } }
  }
}`;

// The page sizes are literals, not variables: the server's complexity limit counts literal `first`
// arguments (and the defaults otherwise), so literals let a small query through.
const edgeEvidence = (edges, evidence) => `fragment ExplorerFact on Fact {
  id kind polarity certainty temporality experiencer
  concept { id kind name }
  evidence { sentenceIndex start end matchedText sentence }
}
query ExplorerEdgeEvidence($kind: ConceptKind!, $id: ID!, $relation: KnowledgeRelation) {
  concept(kind: $kind, id: $id) {
    edges(relation: $relation, first: ${edges}) {
      nodes {
        relation cases absentCases mentions allCases
        from { id kind name }
        to { id kind name }
        evidence(first: ${evidence}) {
          totalCount
          nodes {
            case { id title text }
            from { ...ExplorerFact }
            to { ...ExplorerFact }
          }
        }
      }
    }
  }
}`;

const SVG_NS = 'http://www.w3.org/2000/svg';
const IDEAL = 250; // preferred edge length, in graph units
const RADIUS = 30;

const graph = {
  nodes: new Map(), // key -> {key, kind, id, name, caseCount, x, y, expanded}
  edges: new Map(), // key -> {key, relation, from, to, cases, absentCases, mentions}
  selected: null, // key of the selected node or edge
  zoom: 1, // 1 fits the whole graph; more zooms in on the selected concept
};

const svg = document.getElementById('graph');
const details = document.getElementById('details');
const results = document.getElementById('results');
const input = document.getElementById('search');

const nodeKey = (c) => `${c.kind}|${c.id}`;
const edgeKey = (e) => `${e.relation}|${nodeKey(e.from)}|${nodeKey(e.to)}`;
const kindLabel = (kind) => (KINDS[kind] ? KINDS[kind].label : kind).toLowerCase();
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function ruledOut(edge) {
  return edge.cases === 0 && edge.absentCases > 0;
}

function edgeText(edge) {
  const from = graph.nodes.get(edge.from);
  const to = graph.nodes.get(edge.to);
  return `${from ? from.name : edge.from} ${RELATIONS[edge.relation] || edge.relation} ${to ? to.name : edge.to}`;
}

function edgeCounts(edge) {
  const parts = [];
  if (edge.cases > 0 || edge.absentCases === 0) parts.push(plural(edge.cases, 'case', 'cases'));
  if (edge.absentCases > 0) parts.push(`ruled out in ${plural(edge.absentCases, 'case', 'cases')}`);
  // Links below the minimum confidence are not counted; say that they exist.
  const weak = (edge.allCases || 0) - edge.cases;
  if (edge.relation !== 'PRESENTS_WITH' && weak > 0) parts.push(`${weak} more weakly linked, not counted`);
  return parts.join(', ');
}

// ---------------------------------------------------------------- search

async function search(words) {
  status(`Searching “${words}”…`);
  results.replaceChildren();
  let data;
  try {
    data = await gql(SEARCH, { q: words });
  } catch (e) {
    status(`Search failed: ${e.message}`, true);
    return;
  }
  const hits = data.search.concepts;
  if (!hits.length) {
    status(`Nothing found for “${words}”. Try another word or a code such as HP:0002380.`);
    return;
  }
  results.append(...hits.map((hit) => h('button', {
    type: 'button', class: 'result', 'aria-pressed': 'false', dataset: { key: nodeKey(hit.concept) },
    onclick: () => openConcept(hit.concept.kind, hit.concept.id),
  }, kindBadge(hit.concept.kind), h('span', {}, hit.concept.name),
  hit.matchedBy === 'SYNONYM' ? h('span', { class: 'via' }, '(by name or synonym)') : h('span', { class: 'via' }, '(similar words)'))));
  if (data.search.cases.length) {
    results.append(h('div', { class: 'cases-found' }, 'Cases mentioning it: ',
      data.search.cases.map((hit, i) => [i ? ', ' : '', h('a', { href: caseUrl(hit.case.id) }, hit.case.title || hit.case.id)])));
  }
  status(`${plural(hits.length, 'concept', 'concepts')} found for “${words}”; showing ${hits[0].concept.name}.`);
  await openConcept(hits[0].concept.kind, hits[0].concept.id, false);
}

function markResults() {
  for (const button of results.querySelectorAll('button.result')) {
    button.setAttribute('aria-pressed', String(graph.nodes.has(button.dataset.key) && graph.nodes.get(button.dataset.key).root === true));
  }
}

// ---------------------------------------------------------------- graph model

function addNode(concept, near) {
  const key = nodeKey(concept);
  let node = graph.nodes.get(key);
  if (!node) {
    node = { key, kind: concept.kind, id: concept.id, name: concept.name, caseCount: concept.caseCount, x: 0, y: 0, expanded: false, fresh: true };
    if (near) {
      const siblings = [...graph.nodes.values()].filter((n) => n.fresh && n.parent === near.key).length;
      const angle = siblings * 2.399963 + (near.x || near.y ? Math.atan2(near.y, near.x) : 0);
      node.x = near.x + IDEAL * Math.cos(angle);
      node.y = near.y + IDEAL * Math.sin(angle);
      node.parent = near.key;
    }
    graph.nodes.set(key, node);
  } else if (concept.caseCount !== undefined) {
    node.caseCount = concept.caseCount;
  }
  return node;
}

async function openConcept(kind, id, announce = true) {
  graph.zoom = 1;
  graph.nodes.clear();
  graph.edges.clear();
  graph.selected = null;
  const root = await expand(kind, id, true);
  if (!root) return;
  root.root = true;
  history.replaceState(null, '', explorerUrl(kind, id));
  markResults();
  if (announce) status(`Showing ${root.name} and its neighbours.`);
  selectNode(root.key, false);
  render(root.key);
}

async function expand(kind, id, isRoot = false) {
  let data;
  try {
    data = await gql(CONCEPT, { kind, id });
  } catch (e) {
    status(`Could not load the concept: ${e.message}`, true);
    return null;
  }
  const concept = data.concept;
  if (!concept) {
    status(`No ${kindLabel(kind)} with id ${id}.`, true);
    return null;
  }
  for (const n of graph.nodes.values()) n.fresh = false;
  const node = addNode(concept, null);
  Object.assign(node, { codes: concept.codes, synonyms: concept.synonyms, caseCount: concept.caseCount, cases: concept.cases.nodes, expanded: true });
  let added = 0;
  for (const e of concept.edges.nodes) {
    const key = edgeKey(e);
    for (const end of [e.from, e.to]) {
      if (!graph.nodes.has(nodeKey(end))) added++;
      addNode(end, node);
    }
    graph.edges.set(key, {
      key, relation: e.relation, from: nodeKey(e.from), to: nodeKey(e.to),
      cases: e.cases, absentCases: e.absentCases, mentions: e.mentions,
    });
  }
  layout(isRoot ? 400 : 250);
  if (!isRoot) {
    status(`Expanded ${node.name}: ${plural(concept.edges.nodes.length, 'connection', 'connections')}, ${plural(added, 'new concept', 'new concepts')}.`);
  }
  return node;
}

// A small force-directed layout: nodes repel, edges pull, everything drifts to the centre. Nodes
// placed before the last expansion move less, so the picture stays recognisable.
function layout(iterations) {
  const nodes = [...graph.nodes.values()];
  const edges = [...graph.edges.values()];
  for (let i = 0; i < iterations; i++) {
    const heat = 40 * (1 - i / iterations) + 2;
    const force = new Map(nodes.map((n) => [n.key, { x: 0, y: 0 }]));
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const p = nodes[a];
        const q = nodes[b];
        let dx = p.x - q.x;
        let dy = p.y - q.y;
        if (dx === 0 && dy === 0) { dx = 1 + a; dy = 1 + b; }
        const d = Math.max(20, Math.hypot(dx, dy));
        const push = (IDEAL * IDEAL) / d;
        force.get(p.key).x += (dx / d) * push;
        force.get(p.key).y += (dy / d) * push;
        force.get(q.key).x -= (dx / d) * push;
        force.get(q.key).y -= (dy / d) * push;
      }
    }
    for (const e of edges) {
      const p = graph.nodes.get(e.from);
      const q = graph.nodes.get(e.to);
      const dx = p.x - q.x;
      const dy = p.y - q.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const pull = (d * d) / IDEAL;
      force.get(p.key).x -= (dx / d) * pull;
      force.get(p.key).y -= (dy / d) * pull;
      force.get(q.key).x += (dx / d) * pull;
      force.get(q.key).y += (dy / d) * pull;
    }
    for (const n of nodes) {
      const f = force.get(n.key);
      f.x -= n.x * 0.05;
      f.y -= n.y * 0.08; // a projector is wider than tall
      const len = Math.max(1, Math.hypot(f.x, f.y));
      const step = Math.min(len, heat) * (n.fresh ? 1 : 0.3);
      n.x += (f.x / len) * step;
      n.y += (f.y / len) * step;
    }
  }
}

// ---------------------------------------------------------------- drawing

function shape(kind) {
  const r = RADIUS;
  switch (KINDS[kind] ? KINDS[kind].shape : 'circle') {
    case 'square':
      return h('svg:rect', { x: -r * 0.9, y: -r * 0.9, width: r * 1.8, height: r * 1.8, rx: 4 });
    case 'diamond':
      return h('svg:polygon', { points: `0,${-r * 1.2} ${r * 1.2},0 0,${r * 1.2} ${-r * 1.2},0` });
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map((i) => `${(r * Math.cos((Math.PI / 3) * i)).toFixed(1)},${(r * Math.sin((Math.PI / 3) * i)).toFixed(1)}`);
      return h('svg:polygon', { points: pts.join(' ') });
    }
    case 'triangle':
      return h('svg:polygon', { points: `0,${-r * 1.15} ${r * 1.1},${r * 0.8} ${-r * 1.1},${r * 0.8}` });
    default:
      return h('svg:circle', { r });
  }
}

function nodeRuledOut(node) {
  const touching = [...graph.edges.values()].filter((e) => e.from === node.key || e.to === node.key);
  return touching.length > 0 && touching.every(ruledOut);
}

function render(focusKey) {
  const nodes = [...graph.nodes.values()];
  svg.replaceChildren();
  if (!nodes.length) {
    svg.setAttribute('viewBox', '0 0 900 500');
    return;
  }
  const defs = h('svg:defs', {},
    h('svg:marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      h('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: '#333' })),
    h('svg:marker', { id: 'arrow-ruled-out', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      h('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: '#a00000' })));
  svg.append(defs);

  const minX = Math.min(...nodes.map((n) => n.x)) - 170;
  const maxX = Math.max(...nodes.map((n) => n.x)) + 170;
  const minY = Math.min(...nodes.map((n) => n.y)) - 80;
  const maxY = Math.max(...nodes.map((n) => n.y)) + 90;
  const fitWidth = Math.max(800, maxX - minX);
  const fitHeight = Math.max(460, maxY - minY);
  const width = fitWidth / graph.zoom;
  const height = fitHeight / graph.zoom;
  const focus = graph.zoom > 1 ? zoomCentre() : null;
  const cx = focus ? focus.x : (minX + maxX) / 2;
  const cy = focus ? focus.y : (minY + maxY) / 2;
  svg.setAttribute('viewBox', `${cx - width / 2} ${cy - height / 2} ${width} ${height}`);

  // Node names go on top of everything, and let clicks through to the node below.
  const nodeLayer = h('svg:g', { class: 'nodes' });
  const edgeLayer = h('svg:g', { class: 'edges' });
  const labelLayer = h('svg:g', { class: 'labels', 'aria-hidden': 'true' });
  svg.append(nodeLayer, edgeLayer, labelLayer);
  for (const node of nodes) {
    nodeLayer.append(drawNode(node));
    labelLayer.append(h('svg:text', {
      class: `label${graph.selected === node.key ? ' selected' : ''}`, 'text-anchor': 'middle',
      x: node.x.toFixed(1), y: (node.y + RADIUS + 30).toFixed(1), dataset: { key: node.key },
    }, node.name));
  }
  for (const edge of graph.edges.values()) edgeLayer.append(drawEdge(edge));
  if (focusKey && focusKey === graph.pendingFocus) {
    const target = svg.querySelector(`[data-key="${CSS.escape(focusKey)}"]`);
    if (target) target.focus({ preventScroll: true });
  }
  graph.pendingFocus = null;
}

// Zooming in centres on the selected concept (or the middle of the selected edge).
function zoomCentre() {
  const node = graph.nodes.get(graph.selected);
  if (node) return node;
  const edge = graph.edges.get(graph.selected);
  if (edge) {
    const a = graph.nodes.get(edge.from);
    const b = graph.nodes.get(edge.to);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }
  return null;
}

function zoom(factor) {
  const active = document.activeElement;
  const focused = active && svg.contains(active) && active.dataset ? active.dataset.key : null;
  graph.zoom = factor === 0 ? 1 : Math.min(4, Math.max(1, graph.zoom * factor));
  graph.pendingFocus = focused;
  render(focused);
  status(graph.zoom === 1 ? 'Showing the whole graph.' : `Zoomed in ×${graph.zoom.toFixed(1)}.`);
}

function drawNode(node) {
  const meta = KINDS[node.kind] || { color: '#777' };
  const isRuledOut = nodeRuledOut(node);
  const label = `${node.name}, ${kindLabel(node.kind)}${node.caseCount !== undefined ? `, ${plural(node.caseCount, 'case', 'cases')}` : ''}${isRuledOut ? ', only ruled out here' : ''}. ${node.expanded ? 'Expanded' : 'Press Enter to expand'}.`;
  const g = h('svg:g', {
    class: `node kind-${node.kind}${node.expanded ? ' expanded' : ''}${isRuledOut ? ' ruled-out' : ''}${graph.selected === node.key ? ' selected' : ''}`,
    transform: `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`,
    tabindex: 0, role: 'button', 'aria-label': label, 'aria-expanded': String(node.expanded),
    dataset: { key: node.key, name: node.name },
  });
  const ring = h('svg:circle', { class: 'focus-ring', r: RADIUS + 10 });
  const body = shape(node.kind);
  body.setAttribute('class', 'shape');
  body.setAttribute('fill', meta.color);
  g.append(ring, body);
  g.append(h('svg:text', { class: 'plus', 'text-anchor': 'middle', 'dominant-baseline': 'central', 'aria-hidden': 'true' }, node.expanded ? '' : '+'));
  // The name is drawn in the label layer; this keeps it clickable as part of the node.
  const labelWidth = node.name.length * 14 + 10;
  g.append(h('svg:rect', { class: 'label-hit', x: -labelWidth / 2, y: RADIUS + 8, width: labelWidth, height: 30, fill: 'transparent' }));
  g.append(h('svg:title', {}, `${node.name} (${kindLabel(node.kind)}) — ${node.expanded ? 'expanded' : 'click to expand'}`));
  const activate = async () => {
    selectNode(node.key);
    if (!node.expanded) {
      graph.pendingFocus = node.key;
      const expanded = await expand(node.kind, node.id);
      if (expanded) {
        render(node.key);
        selectNode(node.key);
      }
    }
  };
  g.addEventListener('click', activate);
  g.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  });
  return g;
}

function drawEdge(edge) {
  const from = graph.nodes.get(edge.from);
  const to = graph.nodes.get(edge.to);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.max(1, Math.hypot(dx, dy));
  const ux = dx / d;
  const uy = dy / d;
  const pad = RADIUS + 8;
  const x1 = from.x + ux * pad;
  const y1 = from.y + uy * pad;
  const x2 = to.x - ux * (pad + 4);
  const y2 = to.y - uy * (pad + 4);
  const isRuledOut = ruledOut(edge);
  const mixed = edge.cases > 0 && edge.absentCases > 0;
  const relation = RELATIONS[edge.relation] || edge.relation;
  const labelText = isRuledOut ? `✕ ruled out · ${edge.absentCases}` : `${relation} · ${edge.cases}${mixed ? ` (✕ ${edge.absentCases})` : ''}`;
  const g = h('svg:g', {
    class: `edge rel-${edge.relation}${isRuledOut ? ' ruled-out' : ''}${mixed ? ' mixed' : ''}${graph.selected === edge.key ? ' selected' : ''}`,
    tabindex: 0, role: 'button',
    'aria-label': `${edgeText(edge)}: ${edgeCounts(edge)}. Press Enter to read the evidence.`,
    dataset: { key: edge.key, relation: edge.relation, from: from.name, to: to.name },
  });
  const path = `M${x1.toFixed(1)},${y1.toFixed(1)} L${x2.toFixed(1)},${y2.toFixed(1)}`;
  g.append(h('svg:path', { class: 'hit', d: path }));
  g.append(h('svg:path', { class: 'line', d: path, 'marker-end': `url(#${isRuledOut ? 'arrow-ruled-out' : 'arrow'})` }));
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const width = labelText.length * 10.6 + 18;
  g.append(h('svg:g', { class: 'edge-label', transform: `translate(${mx.toFixed(1)},${my.toFixed(1)})`, 'aria-hidden': 'true' },
    h('svg:rect', { class: 'focus-ring', x: -width / 2 - 6, y: -22, width: width + 12, height: 44, rx: 8 }),
    h('svg:rect', { x: -width / 2, y: -16, width, height: 32 }),
    h('svg:text', { 'text-anchor': 'middle', 'dominant-baseline': 'central' }, labelText)));
  g.append(h('svg:title', {}, `${edgeText(edge)}: ${edgeCounts(edge)}, ${plural(edge.mentions, 'statement', 'statements')} — click for the evidence`));
  const activate = () => showEvidence(edge);
  g.addEventListener('click', activate);
  g.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  });
  return g;
}

function setSelected(key) {
  graph.selected = key;
  for (const el of svg.querySelectorAll('.node, .edge, .labels text')) {
    el.classList.toggle('selected', el.dataset.key === key);
  }
}

// ---------------------------------------------------------------- side panel

function selectNode(key, focusPanel = false) {
  const node = graph.nodes.get(key);
  if (!node) return;
  setSelected(key);
  const connections = [...graph.edges.values()].filter((e) => e.from === key || e.to === key);
  details.replaceChildren(
    h('h2', {}, node.name, ' ', kindBadge(node.kind)),
    h('dl', {},
      h('dt', {}, 'Codes'), h('dd', {}, (node.codes || [node.id]).join(', ')),
      node.synonyms && node.synonyms.length ? [h('dt', {}, 'Also called'), h('dd', {}, node.synonyms.join(', '))] : null,
      h('dt', {}, 'Cases'), h('dd', {}, node.caseCount !== undefined ? String(node.caseCount) : '…')),
    h('div', { class: 'actions' },
      node.expanded ? null : h('button', {
        type: 'button', onclick: async () => {
          graph.pendingFocus = key;
          if (await expand(node.kind, node.id)) {
            render(key);
            selectNode(key);
          }
        },
      }, 'Expand'),
      h('a', { href: explorerUrl(node.kind, node.id) }, 'Centre the graph here')),
    node.cases && node.cases.length ? h('h3', {}, 'Cases that mention it') : null,
    node.cases && node.cases.length ? h('ul', { class: 'node-cases' }, node.cases.map((c) => h('li', {}, h('a', { href: caseUrl(c.id) }, c.title || c.id)))) : null,
    connections.length ? h('h3', {}, 'Connections (Enter to read the evidence)') : null,
    connections.length ? h('ul', {}, connections.map((e) => h('li', {},
      h('a', { href: '#', onclick: (event) => { event.preventDefault(); showEvidence(e); } }, edgeText(e)),
      ` — ${edgeCounts(e)}`))) : null,
  );
  if (focusPanel) details.focus();
}

async function showEvidence(edge) {
  setSelected(edge.key);
  const from = graph.nodes.get(edge.from);
  const to = graph.nodes.get(edge.to);
  details.replaceChildren(h('h2', {}, edgeText(edge)), h('p', { class: 'placeholder' }, 'Loading the evidence…'));
  status(`Loading the evidence for “${edgeText(edge)}”…`);
  try {
    const order = await gql(EDGE_ORDER, { kind: from.kind, id: from.id, relation: edge.relation });
    const index = order.concept.edges.nodes.findIndex((e) => nodeKey(e.from) === edge.from && nodeKey(e.to) === edge.to);
    if (index < 0) throw new Error('the edge is no longer in the graph');
    // Stay well inside the server's complexity limit: fewer evidence cases for deeper edges.
    const evidenceCount = Math.max(1, Math.min(25, Math.floor(25 / (index + 1))));
    const data = await gql(edgeEvidence(index + 1, evidenceCount), { kind: from.kind, id: from.id, relation: edge.relation });
    const found = data.concept.edges.nodes[index];
    renderEvidence(edge, found);
    const shown = found.evidence.nodes.length;
    const total = found.evidence.totalCount;
    status(`Evidence for “${edgeText(edge)}”: ${shown < total ? `${shown} of ` : ''}${plural(total, 'case', 'cases')}.`);
  } catch (e) {
    details.replaceChildren(h('h2', {}, edgeText(edge)), h('p', { class: 'status error' }, `Could not load the evidence: ${e.message}`));
    status(`Could not load the evidence: ${e.message}`, true);
  }
}

function factFlags(fact) {
  const flags = [];
  if (fact.polarity === 'NEGATED') flags.push(h('span', { class: 'flag negated' }, 'ruled out'));
  if (fact.certainty === 'POSSIBLE') flags.push(h('span', { class: 'flag' }, 'possible'));
  if (fact.temporality !== 'CURRENT') flags.push(h('span', { class: 'flag' }, fact.temporality.toLowerCase()));
  if (fact.experiencer !== 'PATIENT') flags.push(h('span', { class: 'flag' }, 'not the patient'));
  return flags;
}

function factDescription(fact) {
  return [fact.concept.name, fact.polarity === 'NEGATED' ? 'ruled out' : null, fact.certainty === 'POSSIBLE' ? 'possible' : null]
    .filter(Boolean).join(', ');
}

// The sentence with the fact's words marked; offsets are converted from the case text to the
// sentence through the sentence's position in the text.
function sentenceWithMarks(text, facts) {
  const first = facts[0].evidence;
  let sentenceStart = text ? text.lastIndexOf(first.sentence, first.start) : -1;
  if (sentenceStart < 0 || sentenceStart + first.sentence.length < first.end) {
    sentenceStart = first.start - Math.max(0, first.sentence.indexOf(first.matchedText));
  }
  const spans = facts.map((fact) => ({
    start: fact.evidence.start - sentenceStart,
    end: fact.evidence.end - sentenceStart,
    className: `ent ${fact.kind} ${fact.polarity} ${fact.certainty}`,
    label: factDescription(fact),
  }));
  return h('blockquote', {}, highlight(first.sentence, spans));
}

function renderEvidence(edge, found) {
  const items = found.evidence.nodes.map((ev) => {
    const facts = [ev.from, ev.to];
    const sameSentence = ev.from.evidence.sentenceIndex === ev.to.evidence.sentenceIndex;
    const sentences = sameSentence
      ? [sentenceWithMarks(ev.case.text, facts)]
      : facts.slice().sort((a, b) => a.evidence.start - b.evidence.start).map((f) => sentenceWithMarks(ev.case.text, [f]));
    return h('article', { class: 'evidence' },
      h('h3', {}, h('a', { href: caseUrl(ev.case.id, facts.map((f) => [f.evidence.start, f.evidence.end])), class: 'case-link' },
        `Read it in the case: ${ev.case.title || ev.case.id}`)),
      sentences,
      h('p', { class: 'facts' }, facts.map((f, i) => [i ? ' · ' : '', h('span', { class: `kind-${f.kind}`, 'aria-hidden': 'true' }, symbol(f.kind)), ' ',
        `“${f.evidence.matchedText}” → ${f.concept.name}`, factFlags(f)])));
  });
  details.replaceChildren(
    h('h2', {}, edgeText(edge)),
    h('p', { class: 'counts' }, `${edgeCounts(edge)}${edge.mentions ? `; ${plural(edge.mentions, 'sentence states', 'sentences state')} it directly` : ''}.`,
      ruledOut(edge) ? h('strong', {}, ' Ruled out: the text says it was absent.') : null),
    ...(items.length ? items : [h('p', { class: 'placeholder' }, 'No evidence recorded.')]),
  );
  details.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- start

function legend() {
  const list = document.getElementById('legend-kinds');
  for (const [kind, meta] of Object.entries(KINDS)) {
    if (meta.factOnly) continue;
    const icon = document.createElementNS(SVG_NS, 'svg');
    icon.setAttribute('width', '30');
    icon.setAttribute('height', '30');
    icon.setAttribute('viewBox', '-32 -32 64 64');
    icon.setAttribute('aria-hidden', 'true');
    const s = shape(kind);
    s.setAttribute('fill', meta.color);
    s.setAttribute('stroke', '#111');
    s.setAttribute('stroke-width', '3');
    icon.append(s);
    list.append(h('li', {}, icon, meta.label));
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const words = input.value.trim();
  if (words) search(words);
});
document.getElementById('zoom-in').addEventListener('click', () => zoom(1.5));
document.getElementById('zoom-out').addEventListener('click', () => zoom(1 / 1.5));
document.getElementById('zoom-fit').addEventListener('click', () => zoom(0));
svg.addEventListener('keydown', (event) => {
  if (event.key === '+' || event.key === '=') zoom(1.5);
  else if (event.key === '-') zoom(1 / 1.5);
  else if (event.key === '0') zoom(0);
});
document.getElementById('reset-graph').addEventListener('click', () => {
  graph.nodes.clear();
  graph.edges.clear();
  results.replaceChildren();
  details.replaceChildren(h('p', { class: 'placeholder' }, 'Search a concept to start.'));
  history.replaceState(null, '', '/explorer');
  render();
  status('Graph cleared.');
  input.focus();
});

legend();
render();
const params = new URLSearchParams(window.location.search);
if (params.get('kind') && params.get('id')) {
  openConcept(params.get('kind'), params.get('id'));
} else if (params.get('q')) {
  input.value = params.get('q');
  search(params.get('q'));
}
document.body.dataset.ready = 'true';
