package dev.kb.core.knowledge;

import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.fact.TreatmentOutcome;
import dev.kb.core.graph.Reads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Read queries over the knowledge edges. Methods that take many concepts answer for all of them in
 * one query, so a GraphQL response costs one round trip per field, not per concept.
 */
public final class Knowledge {

  private static final String EDGE_PROJECTION =
      """
      {relation: type(r), from: %s, to: %s,
       cases: r.cases, absentCases: r.absentCases, mentions: r.mentions,
       allCases: r.allCases, allMentions: r.allMentions}
      """
          .formatted(Concepts.projection("a"), Concepts.projection("b"));

  private final Reads reads;
  private final EdgePageCache edgePages;

  /** Reads without keeping pages of edges. */
  public Knowledge(Reads reads) {
    this(reads, 0);
  }

  /**
   * @param cachedEdges how many knowledge edges to keep from pages already read, for as long as the
   *     graph does not change (see {@link #edges}); 0 for none
   */
  public Knowledge(Reads reads, int cachedEdges) {
    this.reads = reads;
    this.edgePages = new EdgePageCache(cachedEdges);
  }

  /**
   * Which of a concept's knowledge edges a list holds: of one relation or all, in a direction,
   * supported by confident links or by any.
   */
  public record EdgeSelection(@Nullable Relation relation, Direction direction, LinkFilter links) {

    /** Every edge touching the concept that confident links support. */
    public static final EdgeSelection ALL =
        new EdgeSelection(null, Direction.BOTH, LinkFilter.CONFIDENT);

    /** Edges leaving the concept, reaching it, or both. */
    public enum Direction {
      OUT,
      IN,
      BOTH
    }
  }

  /** The start of a concept's list of edges, and how many edges the whole list has. */
  public record EdgePage(List<KnowledgeEdge> edges, long totalCount) {}

  private static final String ALL_TYPES = "TREATS|CAUSES|PRESENTS_WITH|REVEALS";

  /**
   * The first {@code limit} edges of the selection for each of these concepts, the best supported
   * first, with the selection's size, in one query. Only those edges leave the database: a concept
   * of many cases has thousands of edges, and a page shows a few. The size is read from the
   * concept's relationship counts, without walking its edges.
   *
   * <p>Pages already read are answered from memory while the graph has not changed since, as the
   * bookmarks of this application's reads tell: ranking the edges of a concept of many cases is the
   * costliest part of a nested query, and the same concepts recur from case to case.
   */
  public Map<ConceptKey, EdgePage> edges(
      Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    Set<Bookmark> state = reads.graphState();
    Map<ConceptKey, EdgePage> cached = edgePages.get(state, keys, selection, limit);
    List<ConceptKey> missing = keys.stream().filter(k -> !cached.containsKey(k)).toList();
    if (missing.isEmpty()) {
      return inOrder(keys, cached);
    }
    Map<ConceptKey, EdgePage> read = readEdges(missing, selection, limit);
    Set<Bookmark> after = reads.graphState();
    if (after.equals(state)) {
      edgePages.put(state, read, selection, limit);
    }
    cached.putAll(read);
    return inOrder(keys, cached);
  }

  private static Map<ConceptKey, EdgePage> inOrder(
      Collection<ConceptKey> keys, Map<ConceptKey, EdgePage> pages) {
    Map<ConceptKey, EdgePage> ordered = new LinkedHashMap<>();
    keys.forEach(key -> ordered.put(key, pages.get(key)));
    return ordered;
  }

  private Map<ConceptKey, EdgePage> readEdges(
      Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    // Relationship types come from the Relation enum, never from a client.
    String types = selection.relation() == null ? ALL_TYPES : selection.relation().name();
    // An edge only weak links support has cases 0 and allCases above 0; a diagnosis's symptom
    // only ever ruled out has cases 0 and absentCases above 0.
    boolean confident = selection.links() == LinkFilter.CONFIDENT;
    String supported = confident ? " WHERE r.cases > 0 OR r.absentCases > 0" : "";
    String out = "MATCH (k)-[r:%s]->(b:Concept)%s RETURN r, k AS a, b".formatted(types, supported);
    String in = "MATCH (a:Concept)-[r:%s]->(k)%s RETURN r, a, k AS b".formatted(types, supported);
    String match =
        switch (selection.direction()) {
          case OUT -> out;
          case IN -> in;
          case BOTH -> out + " UNION " + in;
        };
    // All edges are counted from the node's degree; the confident ones from their properties.
    String count =
        switch (selection.direction()) {
          case OUT -> "COUNT { (k)-[r:%s]->()%s }";
          case IN -> "COUNT { (k)<-[r:%s]-()%s }";
          case BOTH -> "COUNT { (k)-[r:%s]-()%s }";
        };
    Map<ConceptKey, List<EdgePage>> rows =
        reads.groupedByKey(
            keys,
            """
            UNWIND $keys AS key
            MATCH (k:Concept {kind: key.kind, id: key.id})
            CALL (k) {
              CALL (k) { %s }
              WITH r, a, b
              ORDER BY %s DESC, r.absentCases DESC, b.name, a.name
              LIMIT $limit
              RETURN collect(%s) AS edges
            }
            RETURN key.kind AS kind, key.id AS id, edges, %s AS total
            """
                .formatted(
                    match,
                    confident ? "r.cases" : "r.allCases",
                    EDGE_PROJECTION,
                    count.formatted(types, supported)),
            Map.of("keys", Concepts.keyRows(keys), "limit", limit),
            Concepts::key,
            r ->
                new EdgePage(
                    r.get("edges").asList(v -> edge(v, selection.links())),
                    r.get("total").asLong()));
    Map<ConceptKey, EdgePage> pages = new LinkedHashMap<>();
    rows.forEach(
        (key, found) ->
            pages.put(key, found.isEmpty() ? new EdgePage(List.of(), 0) : found.get(0)));
    return pages;
  }

  /** Identifies an edge, its relation and its two concepts, and which of its links to follow. */
  public record EdgeKey(Relation relation, ConceptKey from, ConceptKey to, LinkFilter links) {

    /** The key of this edge, following the links it was listed by. */
    public static EdgeKey of(KnowledgeEdge edge) {
      return new EdgeKey(edge.relation(), edge.fromKey(), edge.toKey(), edge.links());
    }
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
    List<Map<String, Object>> rows = edgeRows(order);
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
                evidence
                    .get(order.get(r.get("index").asInt()))
                    .addAll(
                        r.get("evidence")
                            .asList(
                                v ->
                                    new EdgeEvidence(
                                        CaseReports.caseFact(v.get("from")),
                                        CaseReports.caseFact(v.get("to"))))));
    return evidence;
  }

  /** Edges as Cypher rows, each with its {@code index} in {@code edges} to map results back. */
  private static List<Map<String, Object>> edgeRows(List<EdgeKey> edges) {
    List<Map<String, Object>> rows = new ArrayList<>(edges.size());
    for (int i = 0; i < edges.size(); i++) {
      EdgeKey edge = edges.get(i);
      rows.add(
          Map.of(
              "index", i,
              "all", edge.links() == LinkFilter.ALL,
              "relation", edge.relation().name(),
              "fromKind", edge.from().kind().label(),
              "fromId", edge.from().id(),
              "toKind", edge.to().kind().label(),
              "toId", edge.to().id()));
    }
    return rows;
  }

  /** How many cases report one outcome of a treatment. */
  public record OutcomeCount(TreatmentOutcome outcome, int cases) {}

  /**
   * For each of these drug → diagnosis edges, the outcomes the cases state for the treatment by the
   * links the key follows, in one query, the most frequent first. Other relations have none.
   */
  public Map<EdgeKey, List<OutcomeCount>> treatmentOutcomes(Collection<EdgeKey> edges) {
    List<EdgeKey> treats =
        edges.stream().filter(edge -> edge.relation() == Relation.TREATS).distinct().toList();
    Map<EdgeKey, List<OutcomeCount>> outcomes = new LinkedHashMap<>();
    edges.forEach(edge -> outcomes.put(edge, new ArrayList<>()));
    List<Map<String, Object>> rows = edgeRows(treats);
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
                outcomes
                    .get(treats.get(r.get("index").asInt()))
                    .add(
                        new OutcomeCount(
                            TreatmentOutcome.valueOf(r.get("outcome").asString()),
                            r.get("cases").asInt())));
    return outcomes;
  }

  /**
   * The findings attributed to each of these drugs as side effects, by the given links, with the
   * 2×2 counts of cases and the disproportionality measures PRR and ROR, the strongest signal
   * first. The cases reporting a finding are those of its own concept, whether or not a drug was
   * blamed for it (ADR 006).
   */
  public Map<ConceptKey, List<SideEffectSignal>> sideEffectSignals(
      Collection<ConceptKey> drugs, LinkFilter links) {
    Map<ConceptKey, List<SideEffectSignal>> signals = new LinkedHashMap<>();
    drugs.forEach(key -> signals.put(key, new ArrayList<>()));
    reads
        .list(
            """
            MATCH (n:Case) WITH count(n) AS total
            UNWIND $keys AS key
            MATCH (a:Concept {kind: key.kind, id: key.id})-[r:CAUSES]->(b:Concept)
            WHERE $all OR r.cases > 0
            RETURN key.kind AS kind, key.id AS id, %s AS edge,
                   coalesce(a.affirmedCases, 0) AS withDrug,
                   coalesce(b.affirmedCases, 0) AS withEvent, total
            """
                .formatted(EDGE_PROJECTION),
            Map.of("keys", Concepts.keyRows(drugs), "all", links == LinkFilter.ALL),
            r -> r)
        .forEach(
            r -> {
              KnowledgeEdge edge = edge(r.get("edge"), links);
              signals
                  .get(Concepts.key(r))
                  .add(
                      SideEffectSignal.of(
                          edge,
                          r.get("withDrug").asLong(),
                          r.get("withEvent").asLong(),
                          r.get("total").asLong()));
            });
    signals
        .values()
        .forEach(
            list ->
                list.sort(
                    (x, y) ->
                        Double.compare(
                            y.prr() == null ? -1 : y.prr(), x.prr() == null ? -1 : x.prr())));
    return signals;
  }

  /**
   * For each diagnosis, the investigations done in its cases (affirmed diagnosis), in how many of
   * them each was abnormal or normal, and what they revealed there by the given links.
   */
  public Map<ConceptKey, List<InvestigationSummary>> investigationsOf(
      Collection<ConceptKey> diagnoses, LinkFilter links) {
    return reads.groupedByKey(
        diagnoses,
        """
        UNWIND $keys AS key
        MATCH (dx:Concept {kind: key.kind, id: key.id})
              <-[:ABOUT]-(:Fact {polarity: 'AFFIRMED'})<-[:HAS_FACT]-(c:Case)
        WITH DISTINCT key, c
        MATCH (c)-[:HAS_FACT]->(f:Fact {kind: 'Investigation'})
              -[:ABOUT]->(inv:Concept)
        OPTIONAL MATCH (f)-[revealed:REVEALS]->(:Fact)-[:ABOUT]->(found:Concept)
        WHERE $all OR revealed.confidence >= c.minConfidence
        WITH key, inv, c, collect(DISTINCT found) AS found,
             collect(DISTINCT f.result) AS results
        WITH key, inv, count(c) AS cases, collect(found) AS perCase,
             sum(CASE WHEN 'ABNORMAL' IN results OR size(found) > 0 THEN 1 ELSE 0 END)
               AS abnormalCases,
             sum(CASE WHEN 'NORMAL' IN results AND NOT 'ABNORMAL' IN results
                           AND size(found) = 0 THEN 1 ELSE 0 END) AS normalCases
        WITH key, inv, cases, abnormalCases, normalCases,
             reduce(acc = [], f IN perCase | acc + f) AS findings
        UNWIND (CASE WHEN findings = [] THEN [null] ELSE findings END) AS finding
        WITH key, inv, cases, abnormalCases, normalCases, finding, count(finding) AS n
        ORDER BY n DESC
        WITH key, inv, cases, abnormalCases, normalCases,
             collect(CASE WHEN finding IS NULL THEN null
                     ELSE {concept: %s, cases: n} END) AS findings
        ORDER BY cases DESC, inv.name
        RETURN key.kind AS kind, key.id AS id, %s AS investigation,
               cases, abnormalCases, normalCases, findings
        """
            .formatted(Concepts.projection("finding"), Concepts.projection("inv")),
        Map.of("keys", Concepts.keyRows(diagnoses), "all", links == LinkFilter.ALL),
        Concepts::key,
        r ->
            new InvestigationSummary(
                Concepts.concept(r.get("investigation")),
                r.get("cases").asInt(),
                r.get("abnormalCases").asInt(),
                r.get("normalCases").asInt(),
                r.get("findings")
                    .asList(
                        f ->
                            new InvestigationSummary.FindingCount(
                                Concepts.concept(f.get("concept")), f.get("cases").asInt()))));
  }

  /**
   * The shortest chains of knowledge edges between two concepts, walked in either direction, at
   * most {@code maxLength} edges long (1 to 6), over the edges the given links support.
   */
  public List<KnowledgePath> shortestPaths(
      ConceptKey from, ConceptKey to, int maxLength, int limit, LinkFilter links) {
    // Two texts rather than a parameter: the planner prunes the search with a predicate on the
    // relationships, not with one that may be true regardless of them.
    String supported =
        links == LinkFilter.CONFIDENT
            ? " AND all(r IN relationships(p) WHERE r.cases > 0 OR r.absentCases > 0)"
            : "";
    return reads.list(
        """
        MATCH (a:Concept {kind: $fromKind, id: $fromId})
        MATCH (b:Concept {kind: $toKind, id: $toId})
        MATCH p = allShortestPaths(
              (a)-[:TREATS|CAUSES|PRESENTS_WITH|REVEALS*..6]-(b))
        WHERE length(p) <= $maxLength%s
        WITH p LIMIT $limit
        RETURN [n IN nodes(p) | %s] AS concepts,
               [r IN relationships(p) |
                 {relation: type(r),
                  fromKind: startNode(r).kind, fromId: startNode(r).id,
                  toKind: endNode(r).kind, toId: endNode(r).id,
                  cases: r.cases, absentCases: r.absentCases,
                  mentions: r.mentions, allCases: r.allCases,
                  allMentions: r.allMentions}] AS edges
        """
            .formatted(supported, Concepts.projection("n")),
        Map.of(
            "fromKind", from.kind().label(),
            "fromId", from.id(),
            "toKind", to.kind().label(),
            "toId", to.id(),
            "maxLength", Math.max(1, Math.min(6, maxLength)),
            "limit", limit),
        r -> path(r, links));
  }

  /** A path from its node list and its edges, whose ends are resolved among those nodes. */
  private static KnowledgePath path(Record r, LinkFilter links) {
    List<Concept> concepts = r.get("concepts").asList(Concepts::concept);
    Map<ConceptKey, Concept> byKey = new LinkedHashMap<>();
    concepts.forEach(c -> byKey.put(new ConceptKey(c.kind(), c.id()), c));
    List<KnowledgeEdge> edges =
        r.get("edges")
            .asList(
                v ->
                    new KnowledgeEdge(
                        Relation.valueOf(v.get("relation").asString()),
                        byKey.get(
                            new ConceptKey(
                                ConceptKind.parse(v.get("fromKind").asString()),
                                v.get("fromId").asString())),
                        byKey.get(
                            new ConceptKey(
                                ConceptKind.parse(v.get("toKind").asString()),
                                v.get("toId").asString())),
                        v.get("cases").asInt(0),
                        v.get("absentCases").asInt(0),
                        v.get("mentions").asInt(0),
                        v.get("allCases").asInt(0),
                        v.get("allMentions").asInt(0),
                        links));
    return new KnowledgePath(concepts, edges);
  }

  static KnowledgeEdge edge(Value v, LinkFilter links) {
    return new KnowledgeEdge(
        Relation.valueOf(v.get("relation").asString()),
        Concepts.concept(v.get("from")),
        Concepts.concept(v.get("to")),
        v.get("cases").asInt(0),
        v.get("absentCases").asInt(0),
        v.get("mentions").asInt(0),
        v.get("allCases").asInt(0),
        v.get("allMentions").asInt(0),
        links);
  }
}
