// Starts GraphiQL against this server's /graphql endpoint. Every script comes from this server.
(function () {
  const defaultQuery = `# Welcome to kb: case reports as a graph.
# Press the run button (or Ctrl-Enter) to list the cases with their facts.
query Cases {
  cases(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        facts {
          kind
          polarity
          certainty
          concept { name codes }
          evidence { matchedText start end }
        }
      }
    }
  }
}
`;
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    })
  );
})();
