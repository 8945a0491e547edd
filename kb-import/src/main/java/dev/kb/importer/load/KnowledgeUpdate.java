package dev.kb.importer.load;

/**
 * The Cypher that adds (positive counts) or removes (negative counts) a case's support for
 * knowledge edges, from {@code $edges} rows of {@link KnowledgeEdges.Contribution#row(int)}.
 *
 * <p>Edges are merged on their two concepts, which Neo4j locks, so concurrent importers neither
 * duplicate an edge nor lose a count; an edge no case supports any more is deleted.
 */
final class KnowledgeUpdate {

  static final String CYPHER =
      """
      UNWIND $edges AS e
      MATCH (a:Concept {kind: e.fromKind, id: e.fromId})
      MATCH (b:Concept {kind: e.toKind, id: e.toId})
      MERGE (a)-[r:$(e.type)]->(b)
      ON CREATE SET r.cases = 0, r.absentCases = 0, r.mentions = 0
      SET r.cases = r.cases + e.cases,
          r.absentCases = r.absentCases + e.absentCases,
          r.mentions = r.mentions + e.mentions
      WITH r WHERE r.cases <= 0 AND r.absentCases <= 0
      DELETE r
      """;

  private KnowledgeUpdate() {}
}
