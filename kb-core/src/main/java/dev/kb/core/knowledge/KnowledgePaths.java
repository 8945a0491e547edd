package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.Reads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Chains of knowledge edges between two concepts. */
public final class KnowledgePaths {

  // Two fixed texts rather than a parameter: the planner prunes the search with a predicate on the
  // relationships, not with one that may be true regardless of them.
  private static final String CONFIDENT_PATHS =
      paths(" AND all(r IN relationships(p) WHERE r.cases > 0 OR r.absentCases > 0)");

  private static final String ALL_PATHS = paths("");

  private static String paths(String supported) {
    return """
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
        .formatted(supported, Concepts.projection("n"));
  }

  private final Reads reads;

  public KnowledgePaths(Reads reads) {
    this.reads = reads;
  }

  /**
   * The shortest chains of knowledge edges between two concepts, walked in either direction, at
   * most {@code maxLength} edges long (1 to 6), over the edges the given links support.
   */
  public List<KnowledgePath> shortestPaths(
      ConceptKey from, ConceptKey to, int maxLength, int limit, LinkFilter links) {
    String query = links == LinkFilter.CONFIDENT ? CONFIDENT_PATHS : ALL_PATHS;
    return reads.list(
        query,
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
                        node(byKey, v.get("fromKind"), v.get("fromId")),
                        node(byKey, v.get("toKind"), v.get("toId")),
                        v.get("cases").asInt(0),
                        v.get("absentCases").asInt(0),
                        v.get("mentions").asInt(0),
                        v.get("allCases").asInt(0),
                        v.get("allMentions").asInt(0),
                        links));
    return new KnowledgePath(concepts, edges);
  }

  /** The path node an edge end names: the query returns every edge end among the path's nodes. */
  private static Concept node(Map<ConceptKey, Concept> byKey, Value kind, Value id) {
    ConceptKey key = new ConceptKey(ConceptKind.parse(kind.asString()), id.asString());
    return Objects.requireNonNull(byKey.get(key), () -> "edge end " + key + " is not on the path");
  }
}
