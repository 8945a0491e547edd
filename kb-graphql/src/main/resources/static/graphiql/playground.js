// Starts GraphiQL against this server's /graphql endpoint, opening with the lessons (from
// /graphiql/lessons.json, read from the repository's lessons/*.graphql) as tabs and listed in a
// "Lessons" side panel, beside a click-to-build "Query builder" panel (session.js). Every script
// comes from this server.
(function () {
  'use strict';
  const e = React.createElement;
  const { NARROW, lessonOf, tabPicker, runHint, queryBuilderPlugin } = window.KbSession;
  const TAB_KEYS = ['graphiql:tabState', 'graphiql:query', 'graphiql:variables', 'graphiql:headers'];
  const LESSONS_KEY = 'kb:lessons';

  const fallbackQuery = `# Welcome to kb: case reports as a graph.
# Press the run button (or Ctrl-Enter) to list the cases.
query Cases {
  cases(first: 5) {
    totalCount
    edges { node { id title } }
  }
}
`;

  // GraphiQL's standard introspection query nests `ofType` seven levels deep, past the server's
  // depth limit (kb.graphql.limits.max-depth). kb's types wrap at most three levels ([Fact!]!), so
  // the docs ask for four: the same answer, within the limit.
  const INTROSPECTION = `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
}`;

  function withShallowIntrospection(fetcher) {
    return function (params, options) {
      if (params && params.operationName === 'IntrospectionQuery') {
        return fetcher(Object.assign({}, params, { query: INTROSPECTION }), options);
      }
      return fetcher(params, options);
    };
  }

  function forgetTabs() {
    TAB_KEYS.forEach((key) => window.localStorage.removeItem(key));
  }

  // Opens the lessons as tabs whenever the lessons changed since the last visit; otherwise the
  // teacher's own tabs (and edits) are kept.
  function syncStoredTabs(lessons) {
    const fingerprint = lessons.map((l) => `${l.name}:${l.query.length}:${l.variables.length}`).join('|');
    if (window.localStorage.getItem(LESSONS_KEY) !== fingerprint) {
      forgetTabs();
      window.localStorage.setItem(LESSONS_KEY, fingerprint);
    }
  }

  // A numbered list: not the book of the docs.
  function LessonsIcon() {
    return e('svg', { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      e('path', { d: 'M9 6h12M9 12h12M9 18h12' }),
      e('path', { d: 'M3.5 4.5 5 3.5v5M3 14.5a1.5 1.5 0 1 1 2.5 1.2L3 18.5h3' }));
  }

  function lessonsPanel(lessons) {
    return function LessonsPanel() {
      const editor = GraphiQL.React.useEditorContext({ nonNull: true });
      const active = lessonOf(lessons, editor.tabs[editor.activeTabIndex]);
      const open = (lesson) => {
        // On a phone the panel covers the editor: close it (as its sidebar button does) to show
        // the lesson.
        if (NARROW.matches) {
          const hide = document.querySelector('.graphiql-sidebar button[aria-label="Hide Lessons"]');
          if (hide) hide.click();
        }
        const index = editor.tabs.findIndex((tab) => lessonOf(lessons, tab) === lesson);
        if (index >= 0) {
          editor.changeTab(index);
          return;
        }
        editor.addTab();
        window.setTimeout(() => {
          if (editor.queryEditor) editor.queryEditor.setValue(lesson.query);
          if (editor.variableEditor) editor.variableEditor.setValue(lesson.variables || '');
        }, 0);
      };
      return e('section', { className: 'kb-lessons', 'aria-label': 'Lessons' },
        e('h2', null, 'Lessons'),
        e('p', { className: 'intro' }, 'Each lesson is a tab: pick one, press ▶ (Ctrl-Enter), then change it. Docs (the book icon on the left) explain every type and field; History keeps what you ran; the Query builder (the ticked box) writes a query as you tick its fields.'),
        e('ol', null, lessons.map((lesson, i) => e('li', { key: lesson.name },
          e('button', {
            type: 'button',
            className: 'kb-lesson',
            'data-lesson': lesson.name,
            'aria-current': active === lesson ? 'true' : 'false',
            onClick: () => open(lesson),
          },
          e('span', { className: 'kb-lesson-title' }, `${i + 1}. ${lesson.title}`),
          lesson.description ? e('span', { className: 'kb-lesson-description' }, lesson.description) : null)))));
    };
  }

  function start(lessons) {
    if (lessons.length) syncStoredTabs(lessons);
    const lessonsPlugin = lessons.length
      ? { title: 'Lessons', icon: LessonsIcon, content: lessonsPanel(lessons) }
      : null;
    const plugins = lessonsPlugin ? [lessonsPlugin, queryBuilderPlugin] : [queryBuilderPlugin];
    const fetcher = withShallowIntrospection(
      GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href }));
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(
      e(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: lessons.length ? lessons[0].query : fallbackQuery,
        defaultTabs: lessons.map((lesson) => ({ query: lesson.query, variables: lesson.variables || undefined })),
        plugins: plugins,
        // On a phone the panel would cover the editor: it starts closed there.
        visiblePlugin: NARROW.matches ? undefined : lessonsPlugin || undefined,
        defaultEditorToolsVisibility: !NARROW.matches,
        shouldPersistHeaders: false,
      },
      e(GraphiQL.Logo, null, e(tabPicker(lessons))),
      e(GraphiQL.Footer, null, e(runHint(lessons))))
    );
  }

  document.getElementById('reset-lessons').addEventListener('click', () => {
    forgetTabs();
    window.location.reload();
  });

  fetch('/graphiql/lessons.json', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => [])
    .then(start);
})();
