package dev.kb.core.knowledge;

import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concepts;
import dev.kb.core.fact.TreatmentOutcome;
import dev.kb.core.graph.Reads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What stands behind knowledge edges: the cases and facts that support them, and the outcomes the
 * cases report for a treatment. Each method answers for many edges in one query.
 */
public final class KnowledgeEvidence {

  private final Reads reads;

  public KnowledgeEvidence(Reads reads) {
    this.reads = reads;
  }

  /**
   * The cases behind each of these edges, in one query, at most {@code limit} per edge, the most
   * recent first: for each case the fact about the edge's first concept and the fact about its
   * second. For a relation stated in the text (treats, causes, reveals) those are the two related
   * facts, by the links the key follows; for {@link Relation#PRESENTS_WITH}, the diagnosis and the
   * symptom facts of the case.
   */
  public Map<EdgeKey, List<EdgeEvidence>> evidence(Collection<EdgeKey> edges, int limit) {
    Map<EdgeKey, List<EdgeEvidence>> evidence = new LinkedHashMap<>();
    edges.forEach(edge -> evidence.put(edge, new ArrayList<>()));
    List<EdgeKey> order = new ArrayList<>(evidence.keySet());
    List<Map<String, Object>> rows = EdgeKey.rows(order);
    reads
        .list(
            """
            UNWIND $edges AS e
            MATCH (a:Concept {kind: e.fromKind, id: e.fromId})
            MATCH (b:Concept {kind: e.toKind, id: e.toId})
            CALL (e, a, b) {
              WITH e, a, b WHERE e.relation = 'PRESENTS_WITH'
              MATCH (c:Case)-[:HAS_FACT]->(x:Fact {polarity: 'AFFIRMED'})
                    -[:ABOUT]->(a)
              MATCH (c)-[:HAS_FACT]->(y:Fact)-[:ABOUT]->(b)
              RETURN c, x, y
              UNION
              WITH e, a, b WHERE e.relation <> 'PRESENTS_WITH'
              MATCH (a)<-[:ABOUT]-(x:Fact)-[rel]->(y:Fact)-[:ABOUT]->(b)
              WHERE type(rel) = e.relation
              MATCH (c:Case)-[:HAS_FACT]->(x)
              WHERE e.all OR rel.confidence >= c.minConfidence
              RETURN c, x, y
            }
            WITH e, a, b, c, x, y ORDER BY x.start, y.start
            WITH e, a, b, c, head(collect(x)) AS x, head(collect(y)) AS y
            ORDER BY c.importedAt DESC, c.id
            WITH e, collect({
              from: {caseId: c.id, fact: x {.*}, concept: %s,
                     sentence: substring(c.text, x.sentenceStart,
                                         x.sentenceEnd - x.sentenceStart)},
              to: {caseId: c.id, fact: y {.*}, concept: %s,
                   sentence: substring(c.text, y.sentenceStart,
                                       y.sentenceEnd - y.sentenceStart)}
            })[..$limit] AS evidence
            RETURN e.index AS index, evidence
            """
                .formatted(Concepts.projection("a"), Concepts.projection("b")),
            Map.of("edges", rows, "limit", limit),
            r -> r)
        .forEach(
            r ->
                Objects.requireNonNull(
                        evidence.get(order.get(r.get("index").asInt())),
                        "evidence of an unknown edge")
                    .addAll(
                        r.get("evidence")
                            .asList(
                                v ->
                                    new EdgeEvidence(
                                        CaseReports.caseFact(v.get("from")),
                                        CaseReports.caseFact(v.get("to"))))));
    return evidence;
  }

  /**
   * For each of these drug → diagnosis edges, the outcomes the cases state for the treatment by the
   * links the key follows, in one query, the most frequent first. Other relations have none.
   */
  public Map<EdgeKey, List<OutcomeCount>> treatmentOutcomes(Collection<EdgeKey> edges) {
    List<EdgeKey> treats =
        edges.stream().filter(edge -> edge.relation() == Relation.TREATS).distinct().toList();
    Map<EdgeKey, List<OutcomeCount>> outcomes = new LinkedHashMap<>();
    edges.forEach(edge -> outcomes.put(edge, new ArrayList<>()));
    List<Map<String, Object>> rows = EdgeKey.rows(treats);
    if (rows.isEmpty()) {
      return outcomes;
    }
    reads
        .list(
            """
            UNWIND $edges AS e
            MATCH (a:Concept {kind: e.fromKind, id: e.fromId})
                  <-[:ABOUT]-(x:Fact)-[t:TREATS]->(:Fact)
                  -[:ABOUT]->(:Concept {kind: e.toKind, id: e.toId})
            WHERE t.outcome IS NOT NULL
            MATCH (c:Case)-[:HAS_FACT]->(x)
            WHERE e.all OR t.confidence >= c.minConfidence
            WITH e, t.outcome AS outcome, count(DISTINCT c) AS cases
            ORDER BY cases DESC, outcome
            RETURN e.index AS index, outcome, cases
            """,
            Map.of("edges", rows),
            r -> r)
        .forEach(
            r ->
                Objects.requireNonNull(
                        outcomes.get(treats.get(r.get("index").asInt())),
                        "outcome of an unknown edge")
                    .add(
                        new OutcomeCount(
                            TreatmentOutcome.valueOf(r.get("outcome").asString()),
                            r.get("cases").asInt())));
    return outcomes;
  }
}
