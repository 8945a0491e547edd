// The filter bar: which kinds and relations to draw, the fewest cases an edge needs, whether weak
// links count, and the concepts the user hid (to show them again). The kind boxes double as the
// legend: each carries its kind's colour and symbol.
import { KINDS, RELATIONS, h, symbol } from '/kb/kb.js';
import { NODE_KINDS } from '/explorer/model.js';

/** Builds the controls in `form`; `changed()` is called after any change to `model.filters`. */
export function filterBar(form, model, changed) {
  const f = model.filters;
  const box = (name, value, checked, label, onchange) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name, value, checked, onchange }), label);
  const toggle = (set, value) => (event) => {
    if (event.target.checked) set.add(value);
    else set.delete(value);
    changed();
  };
  const minCases = h('input', { type: 'range', id: 'min-cases', name: 'minCases', min: 1, max: 10, step: 1, value: f.minCases });
  const minOutput = h('output', { for: 'min-cases', id: 'min-cases-value' }, String(f.minCases));
  minCases.addEventListener('input', () => {
    f.minCases = Number(minCases.value);
    minOutput.textContent = minCases.value;
    changed();
  });
  const radio = (value, label) => h('label', { class: 'check' },
    h('input', { type: 'radio', name: 'confidence', value, checked: f.confidence === value, onchange: () => { f.confidence = value; changed(); } }), label);
  const hiddenList = h('ul', { class: 'hidden-list', 'aria-live': 'polite' });
  form.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Kinds'),
      NODE_KINDS.map((kind) => box('kind', kind, f.kinds.has(kind),
        [h('span', { class: `kind-symbol kind-${kind}`, 'aria-hidden': 'true' }, symbol(kind)), ` ${KINDS[kind].plural}`], toggle(f.kinds, kind)))),
    h('fieldset', {}, h('legend', {}, 'Relations'),
      Object.entries(RELATIONS).map(([relation, words]) => box('relation', relation, f.relations.has(relation), words, toggle(f.relations, relation)))),
    h('fieldset', {}, h('legend', {}, 'Edges'),
      h('label', { for: 'min-cases', class: 'range' }, 'At least ', minOutput, ' case(s) '), minCases,
      radio('CONFIDENT', 'counted links only'), radio('ALL', 'weak links too')),
    h('ul', { class: 'line-legend', 'aria-label': 'Lines' },
      h('li', {}, h('span', { class: 'line-sample', 'aria-hidden': 'true' }), 'reported in cases (thicker: more cases)'),
      h('li', {}, h('span', { class: 'line-sample ruled-out', 'aria-hidden': 'true' }), 'ruled out: explicitly absent'),
      h('li', {}, h('span', { class: 'node-sample', 'aria-hidden': 'true' }), 'thick outline: expanded')),
    hiddenList,
  );
  return {
    /** Keeps the slider's range at the strongest edge known, and lists the hidden concepts. */
    update(unhide) {
      const max = Math.max(2, model.maxWeight());
      minCases.max = String(max);
      if (f.minCases > max) {
        f.minCases = max;
        minCases.value = String(max);
        minOutput.textContent = String(max);
      }
      hiddenList.replaceChildren(...[...model.hidden].map((key) => h('li', {}, `Hidden: ${model.concepts.get(key).name} `,
        h('button', { type: 'button', class: 'secondary unhide', onclick: () => unhide(key) }, 'Show again'))));
    },
  };
}
