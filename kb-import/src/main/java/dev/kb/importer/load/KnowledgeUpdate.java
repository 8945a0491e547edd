package dev.kb.importer.load;

/**
 * The Cypher that adds (positive counts) or removes (negative counts) a case's support for
 * knowledge edges, from a list of rows of {@link KnowledgeEdges.Contribution#row(int)}.
 *
 * <p>Edges are merged on their two concepts, which Neo4j locks, so concurrent importers neither
 * duplicate an edge nor lose a count; an edge no case supports any more is deleted.
 *
 * <p>Each relationship type is merged by its own branch with the type written out: with a type
 * given as a parameter, Neo4j has to walk every relationship of the concept to find the edge, and
 * concepts gain thousands of facts as cases accumulate, so imports would slow down with size. For
 * the same reason the concepts are found through the {@code (kind, id)} key, by hint: left to
 * itself, the planner may pick the index on {@code kind} alone and scan every concept of a kind.
 */
final class KnowledgeUpdate {

  /**
   * The update for the rows of the list {@code edges}: a parameter ({@code $edges}) or a variable's
   * field ({@code row.edges}), always one of this package's fixed expressions.
   */
  static String cypher(String edges) {
    return CYPHER.replace("$EDGES", edges);
  }

  private static final String CYPHER =
      """
      UNWIND $EDGES AS e
      MATCH (a:Concept {kind: e.fromKind, id: e.fromId})
      USING INDEX a:Concept(kind, id)
      MATCH (b:Concept {kind: e.toKind, id: e.toId})
      USING INDEX b:Concept(kind, id)
      CALL (e, a, b) {
        WITH e, a, b WHERE e.type = 'TREATS'
        MERGE (a)-[r:TREATS]->(b)
        RETURN r
        UNION
        WITH e, a, b WHERE e.type = 'CAUSES'
        MERGE (a)-[r:CAUSES]->(b)
        RETURN r
        UNION
        WITH e, a, b WHERE e.type = 'PRESENTS_WITH'
        MERGE (a)-[r:PRESENTS_WITH]->(b)
        RETURN r
        UNION
        WITH e, a, b WHERE e.type = 'REVEALS'
        MERGE (a)-[r:REVEALS]->(b)
        RETURN r
      }
      SET r.cases = coalesce(r.cases, 0) + e.cases,
          r.absentCases = coalesce(r.absentCases, 0) + e.absentCases,
          r.mentions = coalesce(r.mentions, 0) + e.mentions
      WITH r WHERE r.cases <= 0 AND r.absentCases <= 0
      DELETE r
      """;

  private KnowledgeUpdate() {}
}
