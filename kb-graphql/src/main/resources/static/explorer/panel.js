// The side panel: a concept's details and actions (expand, show more, pin, hide), its connections
// with their case counts, and an edge's evidence sentences with the matched words highlighted.
import { RELATIONS, gql, h, kindBadge, symbol, highlight, caseUrl, explorerUrl, status } from '/kb/kb.js';
import { nodeKey, ruledOut } from '/explorer/model.js';

const EDGE_ORDER = `query ExplorerEdgeOrder($kind: ConceptKind!, $id: ID!, $relation: KnowledgeRelation, $confidence: LinkFilter) {
  concept(kind: $kind, id: $id) {
    edges(relation: $relation, confidence: $confidence, first: 100) { nodes { from { id kind } to { id kind } } }
  }
}`;

// The page sizes are literals, not variables: the server's complexity limit counts literal `first`
// arguments (and the defaults otherwise), so literals let a small query through.
const edgeEvidence = (edges, evidence) => `fragment ExplorerFact on Fact {
  id kind polarity certainty temporality experiencer
  concept { id kind name }
  evidence { sentenceIndex start end matchedText sentence }
}
query ExplorerEdgeEvidence($kind: ConceptKind!, $id: ID!, $relation: KnowledgeRelation, $confidence: LinkFilter) {
  concept(kind: $kind, id: $id) {
    edges(relation: $relation, confidence: $confidence, first: ${edges}) {
      nodes {
        evidence(first: ${evidence}) {
          totalCount
          nodes {
            case { id name text }
            from { ...ExplorerFact }
            to { ...ExplorerFact }
          }
        }
      }
    }
  }
}`;

export const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const kindLabel = (kind) => kind.toLowerCase();

/** The panel in `element`; `model` is the ExplorerModel, `actions` the page's commands. */
export class Panel {
  constructor(element, model, actions) {
    this.element = element;
    this.model = model;
    this.actions = actions;
  }

  name(key) {
    const concept = this.model.concepts.get(key);
    return concept ? concept.name : key;
  }

  edgeText(edge) {
    return `${this.name(edge.from)} ${RELATIONS[edge.relation] || edge.relation} ${this.name(edge.to)}`;
  }

  /** The counts behind an edge, in words. */
  edgeCounts(edge) {
    const parts = [];
    if (edge.cases > 0 || edge.absentCases === 0) parts.push(plural(edge.cases, 'case', 'cases'));
    if (edge.absentCases > 0) parts.push(`ruled out in ${plural(edge.absentCases, 'case', 'cases')}`);
    // Links below the minimum confidence are not counted; say that they exist.
    const weak = (edge.allCases || 0) - edge.cases;
    if (edge.relation !== 'PRESENTS_WITH' && weak > 0) parts.push(`${weak} more weakly linked, not counted`);
    return parts.join(', ');
  }

  placeholder() {
    this.element.replaceChildren(h('p', { class: 'placeholder' }, 'Search a concept to start.'));
  }

  /** A concept's details; `view` is the model's current view (its edges and hidden counts). */
  showNode(key, view) {
    const model = this.model;
    const node = model.concepts.get(key);
    if (!node) return;
    const expanded = model.isExpanded(key);
    const more = view.more.get(key) || 0;
    const connections = view.edges.filter((e) => e.from === key || e.to === key);
    this.element.replaceChildren(
      h('h2', {}, node.name, ' ', kindBadge(node.kind)),
      h('dl', {},
        h('dt', {}, 'Codes'), h('dd', {}, (node.codes || [node.id]).join(', ')),
        node.synonyms && node.synonyms.length ? [h('dt', {}, 'Also called'), h('dd', {}, node.synonyms.join(', '))] : null,
        h('dt', {}, 'Cases'), h('dd', {}, node.caseCount !== undefined ? String(node.caseCount) : '…')),
      h('div', { class: 'actions' },
        expanded ? null : h('button', { type: 'button', class: 'expand', onclick: () => this.actions.expand(key) }, 'Expand'),
        more > 0 ? h('button', { type: 'button', class: 'show-more', onclick: () => this.actions.showMore(key) },
          `Show ${Math.min(more, model.perExpansion)} more (${more} hidden)`) : null,
        h('button', { type: 'button', class: 'secondary pin', 'aria-pressed': String(model.pinned.has(key)), onclick: () => this.actions.pin(key) },
          model.pinned.has(key) ? 'Unpin' : 'Pin'),
        key === model.root ? null : h('button', { type: 'button', class: 'secondary hide', onclick: () => this.actions.hide(key) }, 'Hide'),
        h('a', { href: explorerUrl(node.kind, node.id) }, 'Centre the graph here')),
      connections.length ? h('h3', {}, 'Connections, most cases first (Enter for the evidence)') : null,
      connections.length ? h('ul', { class: 'connections' }, connections.map((e) => h('li', {},
        h('a', { href: '#', onclick: (event) => { event.preventDefault(); this.actions.evidence(e.key); } }, this.edgeText(e)),
        ` — ${this.edgeCounts(e)}`))) : null,
      node.cases && node.cases.length ? h('h3', {}, 'Cases that mention it') : null,
      node.cases && node.cases.length ? h('ul', { class: 'node-cases' }, node.cases.map((c) => h('li', {}, h('a', { href: caseUrl(c.id) }, c.name)))) : null,
    );
  }

  /** Loads and shows the sentences behind an edge. */
  async showEvidence(edge) {
    const from = this.model.concepts.get(edge.from);
    const text = this.edgeText(edge);
    const confidence = this.model.filters.confidence;
    this.element.replaceChildren(h('h2', {}, text), h('p', { class: 'placeholder' }, 'Loading the evidence…'));
    status(`Loading the evidence for “${text}”…`);
    try {
      const variables = { kind: from.kind, id: from.id, relation: edge.relation, confidence };
      const order = await gql(EDGE_ORDER, variables);
      const index = order.concept.edges.nodes.findIndex((e) => nodeKey(e.from) === edge.from && nodeKey(e.to) === edge.to);
      if (index < 0) throw new Error('the edge is no longer in the graph');
      // Stay well inside the server's complexity limit: fewer evidence cases for deeper edges.
      const evidenceCount = Math.max(1, Math.min(25, Math.floor(25 / (index + 1))));
      const data = await gql(edgeEvidence(index + 1, evidenceCount), variables);
      const found = data.concept.edges.nodes[index];
      this.renderEvidence(edge, found);
      const shown = found.evidence.nodes.length;
      const total = found.evidence.totalCount;
      status(`Evidence for “${text}”: ${shown < total ? `${shown} of ` : ''}${plural(total, 'case', 'cases')}.`);
    } catch (e) {
      this.element.replaceChildren(h('h2', {}, text), h('p', { class: 'status error' }, `Could not load the evidence: ${e.message}`));
      status(`Could not load the evidence: ${e.message}`, true);
    }
  }

  renderEvidence(edge, found) {
    const items = found.evidence.nodes.map((ev) => {
      const facts = [ev.from, ev.to];
      const sameSentence = ev.from.evidence.sentenceIndex === ev.to.evidence.sentenceIndex;
      const sentences = sameSentence
        ? [sentenceWithMarks(ev.case.text, facts)]
        : facts.slice().sort((a, b) => a.evidence.start - b.evidence.start).map((f) => sentenceWithMarks(ev.case.text, [f]));
      return h('article', { class: 'evidence' },
        h('h3', {}, h('a', { href: caseUrl(ev.case.id, facts.map((f) => [f.evidence.start, f.evidence.end])), class: 'case-link' },
          `Read it in the case: ${ev.case.name}`)),
        sentences,
        h('p', { class: 'facts' }, facts.map((f, i) => [i ? ' · ' : '', h('span', { class: `kind-${f.kind}`, 'aria-hidden': 'true' }, symbol(f.kind)), ' ',
          `“${f.evidence.matchedText}” → ${f.concept.name}`, factFlags(f)])));
    });
    this.element.replaceChildren(
      h('h2', {}, this.edgeText(edge)),
      h('p', { class: 'counts' }, `${this.edgeCounts(edge)}${edge.mentions ? `; ${plural(edge.mentions, 'sentence states', 'sentences state')} it directly` : ''}.`,
        ruledOut(edge) ? h('strong', {}, ' Ruled out: the text says it was absent.') : null),
      ...(items.length ? items : [h('p', { class: 'placeholder' }, 'No evidence recorded.')]),
    );
    this.element.focus({ preventScroll: true });
  }

  /** The words a screen reader says for a node. */
  nodeLabel(key, isRuledOut) {
    const node = this.model.concepts.get(key);
    const pinned = this.model.pinned.has(key) ? ', pinned' : '';
    const cases = node.caseCount !== undefined ? `, ${plural(node.caseCount, 'case', 'cases')}` : '';
    const action = this.model.isExpanded(key) ? 'Expanded' : 'Press Enter to expand';
    return `${node.name}, ${kindLabel(node.kind)}${cases}${isRuledOut ? ', only ruled out here' : ''}${pinned}. ${action}.`;
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
