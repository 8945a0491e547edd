package dev.kb.importer.load;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * The Cypher that adds (positive counts) or removes (negative counts) a case's support for
 * knowledge edges, from a list of rows of {@link KnowledgeEdges.Contribution#row(int)} bound to the
 * variable {@code edges}.
 *
 * <p>Edges are merged on their two concepts, which Neo4j locks, so concurrent importers neither
 * duplicate an edge nor lose a count; an edge no case supports any more, by any link however weak,
 * is deleted. An edge whose links are all below the minimum confidence stays, with {@code cases} 0
 * and {@code allCases} above 0.
 *
 * <p>Each relationship type is merged by its own subquery with the type written out: with a type
 * given as a parameter, Neo4j has to walk every relationship of the concept to find the edge, and
 * concepts gain thousands of facts as cases accumulate, so imports would slow down with size. For
 * the same reason the concepts are found through the {@code (kind, id)} key, by hint: left to
 * itself, the planner may pick the index on {@code kind} alone and scan every concept of a kind.
 */
final class KnowledgeUpdate {

  /** The relationship types of knowledge edges; {@link KnowledgeEdges} makes no other. */
  private static final List<String> TYPES = List.of("TREATS", "CAUSES", "PRESENTS_WITH", "REVEALS");

  /** The update, for a query in which {@code edges} is bound to the list of rows. */
  static String cypher() {
    return TYPES.stream().map(type -> PER_TYPE.replace("$TYPE", type)).collect(joining());
  }

  private static final String PER_TYPE =
      """
      CALL (edges) {
        UNWIND [e IN edges WHERE e.type = '$TYPE'] AS e
        MATCH (a:Concept {kind: e.fromKind, id: e.fromId})
        USING INDEX a:Concept(kind, id)
        MATCH (b:Concept {kind: e.toKind, id: e.toId})
        USING INDEX b:Concept(kind, id)
        MERGE (a)-[r:$TYPE]->(b)
        SET r.cases = coalesce(r.cases, 0) + e.cases,
            r.absentCases = coalesce(r.absentCases, 0) + e.absentCases,
            r.mentions = coalesce(r.mentions, 0) + e.mentions,
            r.allCases = coalesce(r.allCases, 0) + e.allCases,
            r.allMentions = coalesce(r.allMentions, 0) + e.allMentions
        WITH r WHERE r.allCases <= 0 AND r.absentCases <= 0
        DELETE r
      }
      """;

  private KnowledgeUpdate() {}
}
