package dev.kb.core.casereport;

import dev.kb.core.concept.ConceptCodes;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.core.fact.TreatmentOutcome;
import dev.kb.core.graph.LuceneQuery;
import dev.kb.core.graph.Page;
import dev.kb.core.graph.Reads;
import dev.kb.core.graph.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Read queries over cases and their facts. Each method is one query (see {@link Reads}). */
public final class CaseReports {

  /** The properties of a case that {@link #caseReport(Value)} reads. */
  private static final List<String> CASE_PROPERTIES =
      List.of(
          "id",
          "title",
          "source",
          "text",
          "contentHash",
          "importedAt",
          "extractorVersion",
          "patientAge",
          "patientSex",
          "minConfidence",
          "mainDiagnosis");

  /** Cypher map projection of a case node {@code c}, as {@link #caseReport(Value)} reads it. */
  public static final String CASE_PROJECTION = "c {" + String.join(", ", properties(".")) + "}";

  private static List<String> properties(String prefix) {
    return CASE_PROPERTIES.stream().map(p -> prefix + p).toList();
  }

  /** The same projection as {@link #CASE_PROJECTION}, for a query built with Cypher-DSL. */
  static MapProjection projection(Node c) {
    return c.project(CASE_PROPERTIES.toArray());
  }

  private final Reads reads;

  public CaseReports(Reads reads) {
    this.reads = reads;
  }

  /** Cases in import order (newest first), {@code limit} of them after the first {@code offset}. */
  public Page<CaseReport> page(long offset, int limit) {
    return page(null, CaseSort.NEWEST_FIRST, offset, limit);
  }

  /**
   * The cases matching a filter (all for null), in the given order, {@code limit} of them after the
   * first {@code offset}, with the number of all matching cases, in one query.
   *
   * @throws IllegalArgumentException when the filter nests too deep or holds too many values
   */
  public Page<CaseReport> page(@Nullable CaseFilter filter, CaseSort sort, long offset, int limit) {
    CasePageQuery.Prepared query =
        CasePageQuery.prepare(
            filter, sort, offset, limit, this::idsMatchingText, ConceptCodes.keysUnder(reads));
    return reads
        .list(
            query.cypher(),
            query.parameters(),
            r ->
                new Page<>(
                    r.get("page").asList(CaseReports::caseReport), offset, r.get("total").asLong()))
        .getFirst();
  }

  /** Ids of the cases whose title or text match these words, at most 10,000 of them. */
  private List<String> idsMatchingText(String words) {
    return idsMatchingText(reads, words);
  }

  /**
   * Ids of the cases whose title or text match these words, at most 10,000 of them: the full-text
   * look-up behind a filter's {@code text} condition, for the case list and its counts alike.
   */
  static List<String> idsMatchingText(Reads reads, String words) {
    String lucene = LuceneQuery.of(words);
    if (lucene.isEmpty()) {
      return List.of();
    }
    return reads.list(
        """
        CALL db.index.fulltext.queryNodes('case_text', $query) YIELD node
        RETURN node.id AS id LIMIT 10000
        """,
        Map.of("query", lucene),
        r -> r.get("id").asString());
  }

  /** The case with this id, if any. */
  public Optional<CaseReport> findById(String id) {
    return findByIds(List.of(id)).stream().findFirst();
  }

  /** The cases with these ids, in no particular order; unknown ids are left out. */
  public List<CaseReport> findByIds(Collection<String> ids) {
    return reads.list(
        "MATCH (c:Case) WHERE c.id IN $ids RETURN %s AS c".formatted(CASE_PROJECTION),
        Map.of("ids", List.copyOf(ids)),
        r -> caseReport(r.get("c")));
  }

  /** A case with its facts, read together. */
  public record CaseWithFacts(CaseReport report, List<CaseFact> facts) {}

  /** The case with this id and its facts in text order, in one query; empty when unknown. */
  public Optional<CaseWithFacts> findWithFacts(String id) {
    return reads
        .list(
            """
            MATCH (c:Case {id: $id})
            OPTIONAL MATCH (c)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
            WITH c, f, k ORDER BY f.start, f.end
            RETURN %s AS c,
                   collect(CASE WHEN f IS NULL THEN null ELSE {
                     caseId: c.id, fact: f {.*},
                     concept: %s,
                     sentence: substring(c.text, f.sentenceStart,
                                         f.sentenceEnd - f.sentenceStart)} END) AS facts
            """
                .formatted(CASE_PROJECTION, Concepts.projection("k")),
            Map.of("id", id),
            r ->
                new CaseWithFacts(
                    caseReport(r.get("c")), r.get("facts").asList(CaseReports::caseFact)))
        .stream()
        .findFirst();
  }

  /** The fact with this id, if any. */
  public Optional<CaseFact> findFact(String id) {
    return reads
        .list(
            """
            MATCH (c:Case)-[:HAS_FACT]->(f:Fact {id: $id})-[:ABOUT]->(k:Concept)
            RETURN c.id AS caseId,
                   f {.*} AS fact,
                   %s AS concept,
                   substring(c.text, f.sentenceStart,
                             f.sentenceEnd - f.sentenceStart) AS sentence
            """
                .formatted(Concepts.projection("k")),
            Map.of("id", id),
            CaseReports::caseFact)
        .stream()
        .findFirst();
  }

  /**
   * The relations each of these facts takes part in, at either end, in one query.
   *
   * @return a list for every requested id, empty for unknown ids
   */
  public Map<String, List<FactRelation>> relationsOfFacts(Collection<String> factIds) {
    return reads.groupedByKey(
        factIds,
        """
        UNWIND $ids AS id
        MATCH (f:Fact {id: id})-[r:TREATS|CAUSES|REVEALS]-(:Fact)
        WITH id, r, startNode(r) AS a, endNode(r) AS b
        MATCH (c:Case)-[:HAS_FACT]->(a)-[:ABOUT]->(ka:Concept), (b)-[:ABOUT]->(kb:Concept)
        RETURN id, type(r) AS type, r.outcome AS outcome, r.confidence AS confidence,
               r.confidence >= c.minConfidence AS counted,
               {caseId: c.id, fact: a {.*}, concept: %s,
                sentence: substring(c.text, a.sentenceStart, a.sentenceEnd - a.sentenceStart)}
                 AS from,
               {caseId: c.id, fact: b {.*}, concept: %s,
                sentence: substring(c.text, b.sentenceStart, b.sentenceEnd - b.sentenceStart)}
                 AS to
        ORDER BY a.index, b.index
        """
            .formatted(Concepts.projection("ka"), Concepts.projection("kb")),
        Map.of("ids", List.copyOf(factIds)),
        r -> r.get("id").asString(),
        r ->
            new FactRelation(
                FactRelation.Type.valueOf(r.get("type").asString()),
                caseFact(r.get("from")),
                caseFact(r.get("to")),
                r.get("outcome").isNull()
                    ? null
                    : TreatmentOutcome.valueOf(r.get("outcome").asString()),
                r.get("confidence").asDouble(1.0),
                r.get("counted").asBoolean(true)));
  }

  /** The number of cases stored. */
  public long count() {
    return reads
        .list("MATCH (c:Case) RETURN count(c)", Map.of(), r -> r.get(0).asLong())
        .getFirst();
  }

  /**
   * The facts of each of these cases, in text order, in one query.
   *
   * @return a list for every requested id, empty for unknown ids
   */
  public Map<String, List<CaseFact>> factsByCase(Collection<String> caseIds) {
    Map<String, List<CaseFact>> facts = new LinkedHashMap<>();
    caseIds.forEach(id -> facts.put(id, new ArrayList<>()));
    reads
        .list(
            """
            MATCH (c:Case)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
            WHERE c.id IN $caseIds
            RETURN c.id AS caseId,
                   f {.*} AS fact,
                   %s AS concept,
                   substring(c.text, f.sentenceStart,
                             f.sentenceEnd - f.sentenceStart) AS sentence
            ORDER BY caseId, f.start, f.end
            """
                .formatted(Concepts.projection("k")),
            Map.of("caseIds", List.copyOf(caseIds)),
            CaseReports::caseFact)
        .forEach(
            fact ->
                Objects.requireNonNull(facts.get(fact.caseId()), "fact of a case not asked for")
                    .add(fact));
    return facts;
  }

  /**
   * The cases that mention each of these concepts (affirmed or not), newest first, at most {@code
   * limit} per concept, in one query.
   */
  public Map<ConceptKey, List<CaseReport>> casesByConcept(Collection<ConceptKey> keys, int limit) {
    Map<ConceptKey, List<List<CaseReport>>> rows =
        reads.groupedByKey(
            keys,
            """
            UNWIND $keys AS key
            MATCH (k:Concept {kind: key.kind, id: key.id})
                  <-[:ABOUT]-(:Fact)<-[:HAS_FACT]-(c:Case)
            WITH DISTINCT key, c ORDER BY c.importedAt DESC, c.id
            WITH key, collect(c)[..$limit] AS cases
            RETURN key.kind AS kind, key.id AS id, [c IN cases | %s] AS cases
            """
                .formatted(CASE_PROJECTION),
            Map.of("keys", Concepts.keyRows(keys), "limit", limit),
            Concepts::key,
            r -> r.get("cases").asList(CaseReports::caseReport));
    Map<ConceptKey, List<CaseReport>> cases = new LinkedHashMap<>();
    rows.forEach((key, lists) -> cases.put(key, lists.stream().flatMap(List::stream).toList()));
    return cases;
  }

  /** A case from a map made with {@link #CASE_PROJECTION}. */
  public static CaseReport caseReport(Value c) {
    return new CaseReport(
        c.get("id").asString(),
        Values.nullableString(c.get("title")),
        Values.nullableString(c.get("source")),
        c.get("text").asString(),
        c.get("contentHash").asString(),
        c.get("importedAt").asOffsetDateTime(),
        c.get("extractorVersion").asString(),
        Values.nullableInt(c.get("patientAge")),
        Values.nullableString(c.get("patientSex")),
        c.get("minConfidence").asDouble(0.0),
        Values.nullableString(c.get("mainDiagnosis")));
  }

  /**
   * A fact from a row or map with {@code caseId}, {@code fact} (the node's properties), {@code
   * concept} (id, kind, name, synonyms, codes) and {@code sentence}.
   */
  public static CaseFact caseFact(MapAccessor r) {
    Value f = r.get("fact");
    return new CaseFact(
        f.get("id").asString(),
        r.get("caseId").asString(),
        ConceptKind.parse(f.get("kind").asString()),
        Concepts.concept(r.get("concept")),
        Polarity.valueOf(f.get("polarity").asString()),
        Certainty.valueOf(f.get("certainty").asString()),
        Temporality.valueOf(f.get("temporality").asString()),
        Experiencer.valueOf(f.get("experiencer").asString()),
        new Evidence(
            f.get("sentenceIndex").asInt(),
            f.get("start").asInt(),
            f.get("end").asInt(),
            f.get("matchedText").asString()),
        r.get("sentence").asString(),
        f.get("result").isNull() ? null : InvestigationResult.valueOf(f.get("result").asString()),
        // V012 gives facts stored before confidences 1.0, as the rules that read them meant.
        f.get("confidence").asDouble(1.0));
  }
}
