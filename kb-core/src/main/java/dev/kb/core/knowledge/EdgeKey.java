package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Identifies an edge, its relation and its two concepts, and which of its links to follow. */
public record EdgeKey(Relation relation, ConceptKey from, ConceptKey to, LinkFilter links) {

  /** The key of this edge, following the links it was listed by. */
  public static EdgeKey of(KnowledgeEdge edge) {
    return new EdgeKey(edge.relation(), edge.fromKey(), edge.toKey(), edge.links());
  }

  /** Edges as Cypher rows, each with its {@code index} in {@code edges} to map results back. */
  static List<Map<String, Object>> rows(List<EdgeKey> edges) {
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
}
