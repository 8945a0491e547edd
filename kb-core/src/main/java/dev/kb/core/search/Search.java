package dev.kb.core.search;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.LuceneQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Full-text search over concepts and cases. */
public final class Search {

  /** A concept found, with its relevance. */
  public record ConceptHit(Concept concept, double score) {}

  /** A case found, with its relevance. */
  public record CaseHit(CaseReport kase, double score) {}

  private final Driver driver;

  public Search(Driver driver) {
    this.driver = driver;
  }

  /** Concepts whose name or a synonym matches, of the given kinds (all when empty). */
  public List<ConceptHit> concepts(String input, Collection<ConceptKind> kinds, int limit) {
    String query = LuceneQuery.of(input);
    if (query.isEmpty()) {
      return List.of();
    }
    try (Session session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run(
                      """
                      CALL db.index.fulltext.queryNodes('concept_names', $query)
                      YIELD node, score
                      WHERE $kinds = [] OR node.kind IN $kinds
                      RETURN node {.id, .kind, .name, .synonyms, .codes} AS concept, score
                      ORDER BY score DESC, node.name
                      LIMIT $limit
                      """,
                      Map.of(
                          "query",
                          query,
                          "kinds",
                          kinds.stream().map(ConceptKind::label).toList(),
                          "limit",
                          limit))
                  .list(
                      r ->
                          new ConceptHit(
                              Concepts.concept(r.get("concept")), r.get("score").asDouble())));
    }
  }

  /** Cases whose title or text matches. */
  public List<CaseHit> cases(String input, int limit) {
    String query = LuceneQuery.of(input);
    if (query.isEmpty()) {
      return List.of();
    }
    try (Session session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run(
                      """
                      CALL db.index.fulltext.queryNodes('case_text', $query) YIELD node, score
                      WITH node AS c, score
                      RETURN %s AS c, score
                      ORDER BY score DESC, c.id
                      LIMIT $limit
                      """
                          .formatted(CaseReports.CASE_PROJECTION),
                      Map.of("query", query, "limit", limit))
                  .list(
                      r ->
                          new CaseHit(
                              CaseReports.caseReport(r.get("c")), r.get("score").asDouble())));
    }
  }
}
