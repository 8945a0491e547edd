// Shared helpers of kb's educator pages: the GraphQL client (POST JSON to this server's public
// /graphql), the colours and shapes of the concept kinds, and small DOM helpers.

/**
 * The kinds of fact: a colour-blind-safe colour (Okabe–Ito), a light tint and a shape. All but
 * SIDE_EFFECT are also kinds of concept; a side effect is a kind of fact only, about the finding's
 * own symptom or diagnosis (`factOnly`), so the graph explorer draws no side effect nodes.
 */
export const KINDS = {
  SYMPTOM: { label: 'Symptom', plural: 'Symptoms', color: '#c24e00', tint: '#ffe3cf', shape: 'circle' },
  INVESTIGATION: { label: 'Investigation', plural: 'Investigations', color: '#0062a0', tint: '#d5ebfa', shape: 'square' },
  DIAGNOSIS: { label: 'Diagnosis', plural: 'Diagnoses', color: '#8e3b76', tint: '#f6dcef', shape: 'diamond' },
  DRUG: { label: 'Drug', plural: 'Drugs', color: '#007a5a', tint: '#d2f2e7', shape: 'hexagon' },
  SIDE_EFFECT: { label: 'Side effect', plural: 'Side effects', color: '#8a6d00', tint: '#fdf1bf', shape: 'triangle', factOnly: true },
};

/** How each relation reads in a sentence. */
export const RELATIONS = {
  TREATS: 'treats',
  CAUSES: 'causes',
  PRESENTS_WITH: 'presents with',
  REVEALS: 'reveals',
};

/** Runs a read-only query against /graphql; rejects with the errors' messages. */
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`The server answered ${response.status} without a GraphQL result`);
  }
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

/** Creates an element: h('a', {href: '/x', class: 'y'}, 'text', child…). */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A small badge naming a kind, coloured and with its shape's symbol (not colour alone). */
export function kindBadge(kind) {
  const meta = KINDS[kind] || { label: kind, color: '#333', tint: '#eee' };
  return h('span', { class: `kind-badge kind-${kind}` }, h('span', { class: 'kind-symbol', 'aria-hidden': 'true' }, symbol(kind)), meta.label);
}

/** A text symbol matching each kind's shape in the graph. */
export function symbol(kind) {
  return { SYMPTOM: '●', INVESTIGATION: '■', DIAGNOSIS: '◆', DRUG: '⬢', SIDE_EFFECT: '▲' }[kind] || '•';
}

/**
 * Renders `text` with the spans [{start, end, className, label}] wrapped in <mark>; overlapping
 * spans after the first are dropped. Offsets are JavaScript string indices (UTF-16).
 */
export function highlight(text, spans) {
  const fragment = document.createDocumentFragment();
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    fragment.append(text.slice(at, span.start));
    fragment.append(h('mark', { class: span.className || '' }, text.slice(span.start, span.end)));
    // For screen readers, which do not announce a <mark>'s colour: what the words were read as.
    if (span.label) fragment.append(h('span', { class: 'visually-hidden' }, ` (${span.label})`));
    at = span.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/** The URL of a case's view, optionally with spans [start, end] to emphasise. */
export function caseUrl(caseId, spans = []) {
  const marks = spans.map(([s, e]) => `${s}-${e}`).join(',');
  return `/cases/${encodeURIComponent(caseId)}${marks ? `?mark=${marks}` : ''}`;
}

/** The URL of the explorer centred on a concept. */
export function explorerUrl(kind, id) {
  return `/explorer?kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id)}`;
}

/** Shows a message in the page's live status region. */
export function status(message, isError = false) {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = message;
  region.classList.toggle('error', isError);
}
