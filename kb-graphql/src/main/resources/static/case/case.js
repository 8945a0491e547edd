// The case view: a case report's text with every recognised entity highlighted by kind, a legend,
// a tooltip with the concept, its codes and its context, and the list of facts beside the text.
// At /cases it lists the cases. Reads the public GraphQL API only.
import { KINDS, gql, h, kindBadge, symbol, explorerUrl, status } from '/kb/kb.js';

const CASES = `query CaseList($first: Int!, $after: String) {
  cases(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name patientAge patientSex importedAt facts { kind polarity } } }
  }
}`;
const PAGE = 50;

const CASE = `query CaseView($id: ID!) {
  case(id: $id) {
    id name source patientAge patientSex importedAt text
    facts {
      id kind polarity certainty temporality experiencer result confidence
      concept { id kind name codes }
      evidence { sentenceIndex start end matchedText }
    }
  }
}`;

const content = document.getElementById('content');
const title = document.getElementById('title');
const tip = document.getElementById('tip');

function describeContext(fact) {
  const parts = [];
  parts.push(fact.polarity === 'NEGATED' ? 'negated: ruled out by the text' : 'affirmed');
  parts.push(fact.certainty === 'POSSIBLE' ? 'uncertain: stated as possible' : 'certain');
  if (fact.temporality !== 'CURRENT') parts.push(fact.temporality === 'HISTORICAL' ? 'in the history' : 'hypothetical');
  if (fact.experiencer !== 'PATIENT') parts.push('about someone else');
  if (fact.result) parts.push(fact.result === 'NORMAL' ? 'result: normal' : 'result: abnormal');
  if (fact.confidence < 1) parts.push(`confidence ${fact.confidence.toFixed(2)}`);
  return parts.join(' · ');
}

function ariaFor(fact) {
  const meta = KINDS[fact.kind];
  return `${fact.evidence.matchedText}: ${fact.concept.name}, ${meta ? meta.label.toLowerCase() : fact.kind}, ${fact.concept.codes.join(', ')}; ${describeContext(fact)}`;
}

// ---------------------------------------------------------------- list

function caseItem(c) {
  const negated = c.facts.filter((f) => f.polarity === 'NEGATED').length;
  return h('li', {},
    h('a', { href: `/cases/${encodeURIComponent(c.id)}` }, c.name),
    h('div', { class: 'meta' }, [
      c.patientAge !== null ? `${c.patientAge} years` : null, c.patientSex,
      `${c.facts.length} facts`, negated ? `${negated} ruled out` : null,
      `imported ${c.importedAt.slice(0, 10)}`,
    ].filter(Boolean).join(' · ')));
}

// A page of cases at a time, the most recently imported first; "More cases" appends the next.
async function showList() {
  document.title = 'kb cases';
  const list = h('ul', { class: 'case-list' });
  const more = h('button', { type: 'button', class: 'secondary more-cases' }, 'More cases');
  let after = null;
  const load = async () => {
    more.disabled = true;
    const data = await gql(CASES, { first: PAGE, after });
    list.append(...data.cases.edges.map((e) => caseItem(e.node)));
    after = data.cases.pageInfo.endCursor;
    more.hidden = !data.cases.pageInfo.hasNextPage;
    more.disabled = false;
    const total = data.cases.totalCount;
    status(`${total} case${total === 1 ? '' : 's'}${more.hidden ? '' : `, ${list.children.length} shown`}.`);
  };
  more.addEventListener('click', () => load().catch((e) => status(e.message, true)));
  await load();
  content.replaceChildren(list, more);
}

// ---------------------------------------------------------------- one case

function textWithMarks(text, facts, emphasised) {
  const pre = h('div', { class: 'case-text', id: 'case-text', tabindex: '-1' });
  const sorted = [...facts].sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end);
  let at = 0;
  for (const fact of sorted) {
    const { start, end } = fact.evidence;
    if (start < at || end > text.length) continue; // overlapping mention: listed beside, not marked
    pre.append(text.slice(at, start));
    const isEmphasised = emphasised.some(([s, e]) => s < end && start < e);
    pre.append(h('mark', {
      class: `ent ${fact.kind} ${fact.polarity} ${fact.certainty}${isEmphasised ? ' emphasis' : ''}`,
      tabindex: '0', 'aria-label': ariaFor(fact), 'aria-describedby': 'tip',
      dataset: { fact: fact.id, kind: fact.kind, polarity: fact.polarity },
    }, text.slice(start, end)));
    at = end;
  }
  pre.append(text.slice(at));
  return pre;
}

function showTip(mark, fact) {
  const meta = KINDS[fact.kind];
  tip.replaceChildren(
    h('strong', {}, fact.concept.name), ' ',
    h('span', {}, `(${meta ? meta.label : fact.kind})`),
    h('span', { class: 'ctx' }, `Codes: ${fact.concept.codes.join(', ')}`),
    h('span', { class: 'ctx' }, `Words: “${fact.evidence.matchedText}”`),
    h('span', { class: `ctx${fact.polarity === 'NEGATED' ? ' negated' : ''}` }, `Context: ${describeContext(fact)}`),
    h('span', { class: 'ctx hint' }, 'Enter: open it in the graph explorer'));
  tip.hidden = false;
  const rect = mark.getBoundingClientRect();
  const left = Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.left = `${Math.max(8, left)}px`;
  const below = rect.bottom + 8 + tip.offsetHeight < document.documentElement.clientHeight;
  tip.style.top = `${window.scrollY + (below ? rect.bottom + 8 : rect.top - tip.offsetHeight - 8)}px`;
}

function hideTip() {
  tip.hidden = true;
}

// One entry per concept and context (a concept affirmed and also ruled out gets two), with the
// number of mentions and the words; clicking it walks through its mentions in the text.
function factItem(group) {
  const fact = group[0];
  const flags = [];
  if (fact.polarity === 'NEGATED') flags.push(h('span', { class: 'flag negated' }, 'ruled out'));
  if (fact.certainty === 'POSSIBLE') flags.push(h('span', { class: 'flag' }, 'possible'));
  if (fact.temporality !== 'CURRENT') flags.push(h('span', { class: 'flag' }, fact.temporality.toLowerCase()));
  if (fact.experiencer !== 'PATIENT') flags.push(h('span', { class: 'flag' }, 'someone else'));
  const words = [...new Set(group.map((f) => f.evidence.matchedText))];
  return h('li', {}, h('button', {
    type: 'button', class: `fact ${fact.polarity}`,
    dataset: { facts: group.map((f) => f.id).join(' '), concept: fact.concept.name },
    'aria-label': `${ariaFor(fact)}; ${group.length} mention${group.length === 1 ? '' : 's'}. Press to show it in the text.`,
  }, h('span', { class: `kind-${fact.kind}`, 'aria-hidden': 'true' }, symbol(fact.kind)), ' ',
  h('span', { class: 'concept' }, fact.concept.name),
  group.length > 1 ? h('span', { class: 'count' }, ` ×${group.length}`) : null, flags, ' ',
  h('span', { class: 'words' }, words.map((w) => `“${w}”`).join(', ')), ' ',
  h('a', { href: explorerUrl(fact.concept.kind, fact.concept.id), class: 'explore', tabindex: '-1', title: 'Open in the graph explorer' }, 'graph ↗')));
}

function factsPanel(facts) {
  const groups = Object.keys(KINDS).map((kind) => {
    const ofKind = facts.filter((f) => f.kind === kind);
    if (!ofKind.length) return null;
    const byContext = new Map();
    for (const f of ofKind) {
      const key = `${f.concept.id}|${f.polarity}|${f.certainty}|${f.temporality}|${f.experiencer}`;
      if (!byContext.has(key)) byContext.set(key, []);
      byContext.get(key).push(f);
    }
    const negated = ofKind.filter((f) => f.polarity === 'NEGATED').length;
    return h('section', { class: 'fact-group', dataset: { kind } },
      h('h2', {}, kindBadge(kind), ` ${ofKind.length} mention${ofKind.length === 1 ? '' : 's'}${negated ? `, ${negated} ruled out` : ''}`),
      h('ul', {}, [...byContext.values()].map(factItem)));
  });
  return h('aside', { class: 'facts-panel', 'aria-label': 'Facts read from the text' },
    h('h2', { class: 'visually-hidden' }, 'Facts'), groups);
}

function legend(facts, textEl, panel) {
  const present = new Set(facts.map((f) => f.kind));
  return h('div', { class: 'legend', role: 'group', 'aria-label': 'Legend: show or hide each kind' },
    h('span', { class: 'legend-title' }, 'Legend:'),
    Object.entries(KINDS).map(([kind, meta]) => h('button', {
      type: 'button', class: 'kind-toggle', 'aria-pressed': 'true', dataset: { kind },
      disabled: present.has(kind) ? null : true,
      onclick: (event) => {
        const button = event.currentTarget;
        const shown = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', String(shown));
        textEl.classList.toggle(`hide-${kind}`, !shown);
        const group = panel.querySelector(`.fact-group[data-kind="${kind}"]`);
        if (group) group.classList.toggle('group-hidden', !shown);
      },
    }, h('mark', { class: `ent ${kind} sample`, 'aria-hidden': 'true' }, symbol(kind)), ' ', meta.plural)),
    h('span', {}, h('mark', { class: 'ent SYMPTOM NEGATED sample' }, 'ruled out'), ' struck through, dashed'),
    h('span', {}, h('mark', { class: 'ent SYMPTOM POSSIBLE sample' }, 'possible'), ' dotted'));
}

async function showCase(id) {
  const data = await gql(CASE, { id });
  const c = data.case;
  if (!c) {
    title.textContent = 'Case not found';
    status(`There is no case with id ${id}.`, true);
    content.replaceChildren(h('p', {}, h('a', { href: '/cases' }, 'All cases')));
    return;
  }
  document.title = `${c.name} — kb case view`;
  title.textContent = c.name;
  const marks = (new URLSearchParams(window.location.search).get('mark') || '')
    .split(',').map((s) => s.split('-').map(Number)).filter((p) => p.length === 2 && p.every(Number.isFinite));
  const byId = new Map(c.facts.map((f) => [f.id, f]));
  const textEl = textWithMarks(c.text, c.facts, marks);
  const panel = factsPanel(c.facts);
  const negated = c.facts.filter((f) => f.polarity === 'NEGATED').length;
  content.replaceChildren(
    h('p', { class: 'meta' }, [
      c.patientAge !== null ? `Patient: ${c.patientAge} years` : null, c.patientSex,
      c.source ? `Source: ${c.source}` : null, `Imported ${c.importedAt.slice(0, 10)}`, `id ${c.id}`,
    ].filter(Boolean).join(' · ')),
    legend(c.facts, textEl, panel),
    h('div', { class: 'case-layout' }, h('article', { 'aria-label': 'Case text' }, textEl), panel));
  status(`${c.facts.length} facts, ${negated} ruled out. Hover or Tab to a highlighted word for its concept, code and context.`);

  const itemFor = (factId) => [...panel.querySelectorAll('button.fact')].find((b) => b.dataset.facts.split(' ').includes(factId));
  const markFor = (factId) => textEl.querySelector(`mark[data-fact="${CSS.escape(factId)}"]`);
  for (const mark of textEl.querySelectorAll('mark.ent')) {
    const fact = byId.get(mark.dataset.fact);
    const item = itemFor(fact.id);
    const on = () => {
      showTip(mark, fact);
      if (item) item.classList.add('active');
    };
    const off = () => {
      hideTip();
      if (item) item.classList.remove('active');
    };
    mark.addEventListener('mouseenter', on);
    mark.addEventListener('focus', on);
    mark.addEventListener('mouseleave', off);
    mark.addEventListener('blur', off);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') window.location.href = explorerUrl(fact.concept.kind, fact.concept.id);
    });
  }
  for (const item of panel.querySelectorAll('button.fact')) {
    const marks = item.dataset.facts.split(' ').map(markFor).filter(Boolean);
    let next = 0;
    item.addEventListener('click', (event) => {
      if (event.target.closest('a') || !marks.length) return;
      const mark = marks[next % marks.length];
      next++;
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    });
    item.addEventListener('mouseenter', () => marks.forEach((m) => m.classList.add('active')));
    item.addEventListener('mouseleave', () => marks.forEach((m) => m.classList.remove('active')));
  }
  const first = textEl.querySelector('mark.emphasis');
  if (first) first.scrollIntoView({ block: 'center' });
}

const match = window.location.pathname.match(/^\/cases\/([^/]+)$/);
(match ? showCase(decodeURIComponent(match[1])) : showList())
  .catch((e) => status(`Could not load: ${e.message}`, true))
  .finally(() => { document.body.dataset.ready = 'true'; });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideTip();
});
