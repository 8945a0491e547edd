// The graph explorer: search a concept (synonym-aware), draw its strongest neighbours, expand
// concepts, filter, pin and hide them, and read the evidence sentences behind an edge. Reads the
// public GraphQL API only. The picture is a canvas (Cytoscape.js); the same nodes and edges are
// buttons in an outline beside it, for the keyboard and screen readers.
import { RELATIONS, gql, h, kindBadge, caseUrl, explorerUrl, status } from '/kb/kb.js';
import { ExplorerModel, nodeKey, weight, ruledOut, mixed } from '/explorer/model.js';
import { GraphView, MIN_LABEL_PX } from '/explorer/view.js';
import { Panel, plural } from '/explorer/panel.js';
import { filterBar } from '/explorer/filters.js';

const SEARCH = `query ExplorerSearch($q: String!) {
  search(query: $q, first: 10) {
    concepts { score matchedBy concept { id kind name codes } }
    cases { case { id name } }
  }
}`;

const CONCEPT = `query ExplorerConcept($kind: ConceptKind!, $id: ID!, $confidence: LinkFilter) {
  concept(kind: $kind, id: $id) {
    id kind name codes synonyms caseCount
    cases(first: 10) { nodes { id name } }
    edges(confidence: $confidence, first: 50) {
      nodes {
        relation cases absentCases mentions allCases
        from { id kind name caseCount }
        to { id kind name caseCount }
      }
    }
  }
}`;

window.cytoscape.use(window.cytoscapeFcose);
const model = new ExplorerModel();
const graphBox = document.getElementById('graph');
const outline = document.getElementById('outline');
const results = document.getElementById('results');
const input = document.getElementById('search');
const tooltip = document.getElementById('tooltip');
let selected = null; // key of the selected node or edge
let current = model.view();

const actions = {
  expand: (key) => activateNode(key),
  showMore: (key) => { model.showMore(key); refresh({ focus: key }); },
  pin: (key) => { model.togglePin(key); refresh({ focus: key }); },
  hide: (key) => { model.hide(key); selected = model.root; refresh({ focus: model.root }); status(`${model.concepts.get(key).name} hidden; “Show again” in the filters brings it back.`); },
  evidence: (key) => openEvidence(key),
};
const panel = new Panel(document.getElementById('details'), model, actions);
const view = new GraphView(graphBox, {
  node: (key) => activateNode(key),
  edge: (key) => openEvidence(key),
  hover: showTooltip,
});
const filters = filterBar(document.getElementById('filter-form'), model, () => refresh({}));

// ---------------------------------------------------------------- loading

let pending = 0; // requests and drawings under way; the tests wait for none
document.body.dataset.busy = 'false';
function busy(isBusy) {
  pending += isBusy ? 1 : -1;
  document.body.dataset.busy = String(pending > 0);
}

async function readConcept(kind, id, confidence) {
  const data = await gql(CONCEPT, { kind, id, confidence });
  if (!data.concept) throw new Error(`no ${kind.toLowerCase()} with id ${id}`);
  const concept = model.remember({ ...data.concept, cases: data.concept.cases.nodes });
  model.setEdges(concept.key, confidence, data.concept.edges.nodes);
  return concept;
}

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
  h('span', { class: 'via' }, hit.matchedBy === 'SYNONYM' ? '(by name or synonym)' : '(similar words)'))));
  if (data.search.cases.length) {
    results.append(h('span', { class: 'cases-found' }, 'Cases: ',
      data.search.cases.map((hit, i) => [i ? ', ' : '', h('a', { href: caseUrl(hit.case.id) }, hit.case.name)])));
  }
  status(`${plural(hits.length, 'concept', 'concepts')} found for “${words}”; showing ${hits[0].concept.name}.`);
  await openConcept(hits[0].concept.kind, hits[0].concept.id, false);
}

async function openConcept(kind, id, announce = true) {
  busy(true);
  model.reset();
  try {
    const root = await readConcept(kind, id, model.filters.confidence);
    model.root = root.key;
    selected = root.key;
    history.replaceState(null, '', explorerUrl(kind, id));
    for (const button of results.querySelectorAll('button.result')) {
      button.setAttribute('aria-pressed', String(button.dataset.key === root.key));
    }
    await refresh({ fit: true });
    if (announce) status(`Showing ${root.name} and its ${plural(current.nodes.length - 1, 'neighbour', 'neighbours')}.`);
  } catch (e) {
    status(`Could not load the concept: ${e.message}`, true);
  } finally {
    busy(false);
  }
}

async function activateNode(key) {
  selected = key;
  view.mark('selected', key);
  panel.showNode(key, current);
  if (model.isExpanded(key)) return;
  busy(true);
  const concept = model.concepts.get(key);
  try {
    await readConcept(concept.kind, concept.id, model.filters.confidence);
    const before = current.nodes.length;
    await refresh({ focus: key, fit: true });
    const added = current.nodes.length - before;
    const more = current.more.get(key) || 0;
    status(`Expanded ${concept.name}: ${plural(added, 'new concept', 'new concepts')}${more ? `, ${more} more behind “Show more”` : ''}.`);
  } catch (e) {
    status(`Could not expand ${concept.name}: ${e.message}`, true);
  } finally {
    busy(false);
  }
}

function openEvidence(key) {
  const edge = current.edges.find((e) => e.key === key);
  if (!edge) return;
  selected = key;
  view.mark('selected', key);
  panel.showEvidence(edge);
}

// ---------------------------------------------------------------- drawing

/** Draws the model's current view; `fit` fits it in the window, `focus` keeps a node's button focused. */
async function refresh({ fit = false, focus = null }) {
  busy(true);
  try {
    for (const key of model.missingEdges()) {
      const concept = model.concepts.get(key);
      await readConcept(concept.kind, concept.id, model.filters.confidence);
    }
    current = model.view();
    const confidence = model.filters.confidence;
    const onlyRuledOut = (key) => {
      const touching = current.edges.filter((e) => e.from === key || e.to === key);
      return touching.length > 0 && touching.every(ruledOut);
    };
    const nodes = current.nodes.map((key) => ({
      ...model.concepts.get(key), expanded: model.isExpanded(key), pinned: model.pinned.has(key), ruledOut: onlyRuledOut(key),
    }));
    const edges = current.edges.map((e) => ({
      ...e, label: edgeLabel(e, confidence), width: Math.min(10, 2 + 1.6 * Math.log2(1 + weight(e, confidence))),
      ruledOut: ruledOut(e), mixed: mixed(e),
    }));
    const parents = new Map();
    for (const e of current.edges) {
      if (model.isExpanded(e.from)) parents.set(e.to, e.from);
      if (model.isExpanded(e.to)) parents.set(e.from, e.to);
    }
    const changed = await view.show(nodes, edges, (key) => parents.get(key));
    if (selected && !current.nodes.includes(selected) && !current.edges.some((e) => e.key === selected)) selected = model.root;
    if (fit || changed) view.fit(selected);
    view.mark('selected', selected);
    renderOutline(nodes, edges, focus);
    filters.update((key) => { model.hidden.delete(key); refresh({}); });
    if (selected && model.concepts.has(selected)) panel.showNode(selected, current);
    window.kbExplorer.renders++;
  } finally {
    busy(false);
  }
}

function edgeLabel(edge, confidence) {
  const cases = confidence === 'ALL' ? Math.max(edge.allCases, edge.cases) : edge.cases;
  if (ruledOut(edge)) return `✕ ruled out · ${edge.absentCases}`;
  return `${RELATIONS[edge.relation] || edge.relation} · ${cases}${mixed(edge) ? ` (✕ ${edge.absentCases})` : ''}`;
}

/** The graph's nodes and edges as buttons: Tab reaches each, Enter expands or opens the evidence. */
function renderOutline(nodes, edges, focusKey) {
  const active = document.activeElement;
  // Keep the keyboard where it was: on the same concept's button (or the one just expanded).
  const keep = active && outline.contains(active) ? focusKey || active.dataset.key : null;
  const name = (key) => model.concepts.get(key).name;
  const button = (attrs, onactivate, text) => {
    const b = h('button', { type: 'button', ...attrs, onclick: onactivate }, text);
    b.addEventListener('focus', () => view.mark('kb-focus', b.dataset.key));
    b.addEventListener('blur', () => view.mark('kb-focus', null));
    return b;
  };
  outline.replaceChildren(
    h('ul', { 'aria-label': 'Concepts' }, nodes.map((n) => h('li', {}, button({
      class: `node kind-${n.kind}${n.expanded ? ' expanded' : ''}${n.ruledOut ? ' ruled-out' : ''}${n.pinned ? ' pinned' : ''}`,
      'aria-expanded': String(n.expanded), 'aria-label': panel.nodeLabel(n.key, n.ruledOut), dataset: { key: n.key, name: n.name },
    }, () => activateNode(n.key), n.name)))),
    h('ul', { 'aria-label': 'Connections' }, edges.map((e) => h('li', {}, button({
      class: `edge rel-${e.relation}${e.ruledOut ? ' ruled-out' : ''}${e.mixed ? ' mixed' : ''}`,
      'aria-label': `${panel.edgeText(e)}: ${panel.edgeCounts(e)}. Press Enter to read the evidence.`,
      dataset: { key: e.key, relation: e.relation, from: name(e.from), to: name(e.to) },
    }, () => openEvidence(e.key), e.label)))),
  );
  if (keep) {
    const again = [...outline.querySelectorAll('button')].find((b) => b.dataset.key === keep);
    if (again) again.focus({ preventScroll: true });
  }
}

function showTooltip(key, at) {
  if (!key) {
    tooltip.hidden = true;
    return;
  }
  const edge = current.edges.find((e) => e.key === key);
  const concept = model.concepts.get(key);
  tooltip.textContent = edge ? `${panel.edgeText(edge)}: ${panel.edgeCounts(edge)}` : `${concept.name} — ${model.isExpanded(key) ? 'expanded' : 'click to expand'}`;
  tooltip.style.left = `${graphBox.offsetLeft + at.x + 14}px`;
  tooltip.style.top = `${graphBox.offsetTop + at.y + 14}px`;
  tooltip.hidden = false;
}

// ---------------------------------------------------------------- start

function zoom(factor) {
  if (factor === 0) view.fit(null);
  else view.zoomBy(factor, selected);
  status(factor === 0 ? 'Showing the whole graph.' : `Zoom ×${view.cy.zoom().toFixed(2)}.`);
}

/** How many neighbours an expansion shows first: fewer on a small screen. */
function neighboursFor(width, height) {
  return Math.max(5, Math.min(12, Math.round(Math.sqrt(width * height) / 75)));
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const words = input.value.trim();
  if (words) search(words);
});
document.getElementById('zoom-in').addEventListener('click', () => zoom(1.5));
document.getElementById('zoom-out').addEventListener('click', () => zoom(1 / 1.5));
document.getElementById('zoom-fit').addEventListener('click', () => zoom(0));
document.getElementById('graph-area').addEventListener('keydown', (event) => {
  if (event.key === '+' || event.key === '=') zoom(1.5);
  else if (event.key === '-') zoom(1 / 1.5);
  else if (event.key === '0') zoom(0);
});
document.getElementById('reset-graph').addEventListener('click', () => {
  model.reset();
  selected = null;
  results.replaceChildren();
  panel.placeholder();
  history.replaceState(null, '', '/explorer');
  refresh({});
  status('Graph cleared.');
  input.focus();
});
const filterPanel = document.getElementById('filters');
filterPanel.open = window.matchMedia('(min-width: 1200px) and (min-height: 800px)').matches;
window.addEventListener('resize', () => view.cy.resize());

// For the browser tests (and the curious): the Cytoscape instance and every label drawn.
window.kbExplorer = { cy: view.cy, renders: 0, minLabelPx: MIN_LABEL_PX, labels: () => view.labels(), model };
model.perExpansion = neighboursFor(graphBox.clientWidth, graphBox.clientHeight);
const params = new URLSearchParams(window.location.search);
if (params.get('kind') && params.get('id')) {
  openConcept(params.get('kind'), params.get('id'));
} else if (params.get('q')) {
  input.value = params.get('q');
  search(params.get('q'));
}
document.body.dataset.ready = 'true';
