// The parts kb adds inside GraphiQL, each a React component rendered within GraphiQL's own
// providers (so it can read the tabs, the editors and the schema): a tab picker for narrow
// screens, wrapped editor lines, a hint in the empty result pane and the click-to-build query
// panel (GraphiQL's explorer plugin, vendored under /vendor). playground.js puts them together.
window.KbSession = (function () {
  'use strict';
  const e = React.createElement;
  const useEditorContext = () => GraphiQL.React.useEditorContext({ nonNull: true });

  // Phones: the editor stacks over the results, tabs become a select and the side panel covers
  // the session. Keep in step with the media query in playground.css.
  const NARROW = window.matchMedia('(max-width: 700px)');

  /** The lesson a tab shows, when its query is a lesson's, unchanged. */
  function lessonOf(lessons, tab) {
    const query = (tab && tab.query ? tab.query : '').trim();
    return lessons.find((lesson) => lesson.query.trim() === query);
  }

  /** A tab's readable name: the lesson's number and title, else GraphiQL's (the operation name). */
  function tabName(lessons, tab) {
    const lesson = lessonOf(lessons, tab);
    return lesson ? `${lessons.indexOf(lesson) + 1}. ${lesson.title}` : tab.title;
  }

  // A long comment or result line wraps instead of running off the editor's right edge.
  function useLineWrapping(editor) {
    React.useEffect(() => {
      [editor.queryEditor, editor.variableEditor, editor.responseEditor].forEach((cm) => {
        if (cm) cm.setOption('lineWrapping', true);
      });
    }, [editor.queryEditor, editor.variableEditor, editor.responseEditor]);
  }

  /**
   * In the session header (GraphiQL's logo slot): a select of the open tabs, shown instead of the
   * tab strip on narrow screens. It also gives every tab button its full name as a tooltip, as a
   * long name is cut short with an ellipsis.
   */
  function tabPicker(lessons) {
    return function TabPicker() {
      const editor = useEditorContext();
      const execution = GraphiQL.React.useExecutionContext({ nonNull: true });
      const names = editor.tabs.map((tab) => tabName(lessons, tab));
      useLineWrapping(editor);
      React.useEffect(() => {
        document.querySelectorAll('.graphiql-tab-button').forEach((button, i) => {
          if (names[i]) button.title = names[i];
        });
      });
      // The tab strip scrolls: keep the active tab (a new one, a lesson just opened) in sight.
      React.useEffect(() => {
        const active = document.querySelector('.graphiql-tab-active');
        if (active) active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }, [editor.activeTabIndex, editor.tabs.length]);
      return e('label', { className: 'kb-tab-picker' },
        e('span', { className: 'visually-hidden' }, 'Open tab'),
        e('select', {
          value: String(editor.activeTabIndex),
          onChange: (event) => {
            execution.stop();
            editor.changeTab(Number(event.target.value));
          },
        }, names.map((name, i) => e('option', { key: editor.tabs[i].id, value: String(i) }, name))));
    };
  }

  /** In the result pane (GraphiQL's footer slot): how to run, while there is no result yet. */
  function runHint(lessons) {
    return function RunHint() {
      const editor = useEditorContext();
      const execution = GraphiQL.React.useExecutionContext({ nonNull: true });
      const [empty, setEmpty] = React.useState(true);
      const response = editor.responseEditor;
      React.useEffect(() => {
        if (!response) return undefined;
        const update = () => setEmpty(response.getValue().trim() === '');
        update();
        response.on('change', update);
        return () => response.off('change', update);
      }, [response]);
      if (!empty || execution.isFetching) return null;
      const what = lessonOf(lessons, editor.tabs[editor.activeTabIndex]) ? 'this lesson' : 'this query';
      return e('p', { className: 'kb-run-hint' }, `Press ▶ or Ctrl-Enter to run ${what}.`);
    };
  }

  // A box with a tick: building a query by ticking fields.
  function BuilderIcon() {
    return e('svg', { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      e('rect', { x: 3, y: 3, width: 18, height: 18, rx: 3 }),
      e('path', { d: 'M7.5 12.5l3 3 6-7' }));
  }

  /**
   * The explorer plugin's panel, fed with the active tab's query: ticking a field writes it into
   * the query editor (which GraphiQL keeps in the tab), editing the query updates the ticks.
   */
  function QueryBuilder() {
    const editor = useEditorContext();
    const queryEditor = editor.queryEditor;
    const [query, setQuery] = React.useState(queryEditor ? queryEditor.getValue() : '');
    React.useEffect(() => {
      if (!queryEditor) return undefined;
      const update = () => setQuery(queryEditor.getValue());
      update();
      queryEditor.on('change', update);
      return () => queryEditor.off('change', update);
    }, [queryEditor]);
    const explorer = GraphiQLPluginExplorer.useExplorerPlugin({
      query,
      onEdit: (next) => {
        if (queryEditor && next !== queryEditor.getValue()) queryEditor.setValue(next);
      },
    });
    return e('section', { className: 'kb-query-builder', 'aria-label': 'Query builder' },
      e('h2', null, 'Build a query'),
      e('p', { className: 'intro' }, 'Tick a field to add it to the query, open it to pick its fields and arguments, then press ▶. Ticking rewrites the tab\'s query without its comments: press + for a new tab to start afresh.'),
      e(explorer.content));
  }

  const queryBuilderPlugin = { title: 'Query builder', icon: BuilderIcon, content: QueryBuilder };

  return { NARROW, lessonOf, tabPicker, runHint, queryBuilderPlugin };
})();
