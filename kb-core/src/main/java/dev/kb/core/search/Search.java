package dev.kb.core.search;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.LuceneQuery;
import dev.kb.core.graph.Reads;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Full-text search over concepts and cases. */
public final class Search {

  /** A concept found, with its relevance. */
  public record ConceptHit(Concept concept, double score) {}

  /** A case found, with its relevance. */
  public record CaseHit(CaseReport kase, double score) {}

  /**
   * What a search finds.
   *
   * @param concepts concepts whose name or a synonym matches the words, the best match first
   * @param known the stored concepts among those the caller already recognised in the words
   * @param cases cases whose title or text matches the words, the best match first
   */
  public record Found(List<ConceptHit> concepts, List<Concept> known, List<CaseHit> cases) {}

  private static final String CONCEPT_HITS =
      """
      CALL () {
        CALL db.index.fulltext.queryNodes('concept_names', $query, {limit: $conceptHits})
          YIELD node, score
        WHERE $kinds = [] OR node.kind IN $kinds
        WITH node, score ORDER BY score DESC, node.name LIMIT $limit
        RETURN collect({concept: %s, score: score}) AS concepts
      }
      """
          .formatted(Concepts.projection("node"));

  private static final String KNOWN =
      """
      CALL () {
        UNWIND $known AS key
        MATCH (k:Concept {kind: key.kind, id: key.id})
        RETURN collect(%s) AS known
      }
      """
          .formatted(Concepts.projection("k"));

  private static final String CASE_HITS =
      """
      CALL () {
        CALL db.index.fulltext.queryNodes('case_text', $caseQuery, {limit: $limit})
          YIELD node, score
        WITH node AS c, score ORDER BY score DESC, c.id LIMIT $limit
        RETURN collect({c: %s, score: score}) AS cases
      }
      """
          .formatted(CaseReports.CASE_PROJECTION);

  private final Reads reads;

  public Search(Reads reads) {
    this.reads = reads;
  }

  /**
   * Concepts of the given kinds (all when empty) and cases whose words match {@code input}, at most
   * {@code limit} of each, with the stored concepts among {@code known}, in one query; in two when
   * the words as written find fewer than {@code limit} cases and the spelling-tolerant query runs
   * for the cases.
   */
  public Found search(
      String input, Collection<ConceptKind> kinds, Collection<ConceptKey> known, int limit) {
    String query = LuceneQuery.of(input);
    if (query.isEmpty() && known.isEmpty()) {
      return new Found(List.of(), List.of(), List.of());
    }
    String cypher =
        query.isEmpty()
            ? KNOWN + "RETURN [] AS concepts, known, [] AS cases"
            : CONCEPT_HITS + KNOWN + CASE_HITS + "RETURN concepts, known, cases";
    // Case texts are many and long: the words are first looked up as written, which is what
    // most searches need and several times cheaper than edit distances and prefixes over the
    // texts' vocabulary. Only when that finds too few cases does the tolerant query run.
    String exact = LuceneQuery.exact(input);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("query", query);
    parameters.put("caseQuery", exact);
    parameters.put("kinds", kinds.stream().map(ConceptKind::label).toList());
    parameters.put("known", Concepts.keyRows(known));
    parameters.put("limit", limit);
    // Lucene keeps only the best hits, instead of Cypher sorting every one; when the kinds filter
    // some out, all are read.
    parameters.put("conceptHits", kinds.isEmpty() ? limit : Integer.MAX_VALUE);
    Found found = reads.list(cypher, parameters, Search::found).getFirst();
    if (query.isEmpty() || found.cases().size() >= limit) {
      return found;
    }
    parameters.put("caseQuery", query);
    List<CaseHit> tolerant =
        reads
            .list(CASE_HITS + "RETURN cases", parameters, r -> caseHits(r.get("cases")))
            .getFirst();
    return new Found(found.concepts(), found.known(), tolerant);
  }

  private static Found found(Record r) {
    return new Found(
        r.get("concepts")
            .asList(
                v -> new ConceptHit(Concepts.concept(v.get("concept")), v.get("score").asDouble())),
        r.get("known").asList(Concepts::concept),
        caseHits(r.get("cases")));
  }

  private static List<CaseHit> caseHits(Value cases) {
    return cases.asList(
        v -> new CaseHit(CaseReports.caseReport(v.get("c")), v.get("score").asDouble()));
  }
}
