package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.Reads;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.driver.Bookmark;

/**
 * The knowledge edges of concepts, a page of them each, the best supported first. Only those edges
 * leave the database: a concept of many cases has thousands of edges, and a page shows a few. The
 * list's size is read from the concept's relationships, without walking its edges' properties when
 * every edge counts.
 *
 * <p>Pages already read are answered from memory while the graph has not changed since, as the
 * bookmarks of this application's reads tell: ranking the edges of a concept of many cases is the
 * costliest part of a nested query, and the same concepts recur from case to case.
 */
public final class ConceptEdges {

  private static final Map<EdgeSelection, String> RENDERED = new ConcurrentHashMap<>();

  private final Reads reads;
  private final EdgePageCache pages;

  /**
   * @param cachedEdges how many knowledge edges to keep from pages already read, for as long as the
   *     graph does not change; 0 for none
   */
  public ConceptEdges(Reads reads, int cachedEdges) {
    this.reads = reads;
    this.pages = new EdgePageCache(cachedEdges);
  }

  /**
   * The first {@code limit} edges of the selection for each of these concepts, with the selection's
   * size, in one query.
   */
  public Map<ConceptKey, EdgePage> edges(
      Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    Set<Bookmark> state = reads.graphState();
    Map<ConceptKey, EdgePage> cached = pages.get(state, keys, selection, limit);
    List<ConceptKey> missing = keys.stream().filter(k -> !cached.containsKey(k)).toList();
    if (missing.isEmpty()) {
      return inOrder(keys, cached);
    }
    Map<ConceptKey, EdgePage> read = read(missing, selection, limit);
    if (reads.graphState().equals(state)) {
      pages.put(state, read, selection, limit);
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

  private Map<ConceptKey, EdgePage> read(
      Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    // The text depends only on the selection (the keys and the limit are parameters): rendered
    // once per selection, of which there are 30.
    String cypher = RENDERED.computeIfAbsent(selection, s -> Reads.cypher(query(s, List.of(), 0)));
    Map<ConceptKey, EdgePage> pages = new LinkedHashMap<>();
    keys.forEach(key -> pages.put(key, new EdgePage(List.of(), 0)));
    reads
        .list(cypher, Map.of("keys", Concepts.keyRows(keys), "limit", limit), r -> r)
        .forEach(
            r ->
                pages.put(
                    Concepts.key(r),
                    new EdgePage(
                        r.get("edges").asList(v -> KnowledgeEdge.of(v, selection.links())),
                        r.get("total").asLong())));
    return pages;
  }

  /**
   * The query for a selection: its relationship types come from the {@link Relation} enum, never
   * from a client, and its values are parameters.
   */
  static Statement query(EdgeSelection selection, Object keyRows, int limit) {
    String[] types =
        selection.relation() == null
            ? Arrays.stream(Relation.values()).map(Enum::name).toArray(String[]::new)
            : new String[] {selection.relation().name()};
    boolean confident = selection.links() == LinkFilter.CONFIDENT;
    SymbolicName key = Cypher.name("key");
    Node k =
        Cypher.node("Concept")
            .named("k")
            .withProperties("kind", Cypher.property(key, "kind"), "id", Cypher.property(key, "id"));
    Node a = Cypher.node("Concept").named("a");
    Node b = Cypher.node("Concept").named("b");
    SymbolicName edges = Cypher.name("edges");

    Relationship out = k.relationshipTo(b, types).named("r");
    Relationship in = a.relationshipTo(k, types).named("r");
    Statement outgoing =
        Cypher.match(out)
            .where(supported(out, confident))
            .returning(
                out.getRequiredSymbolicName(),
                k.getRequiredSymbolicName().as("a"),
                b.getRequiredSymbolicName())
            .build();
    Statement incoming =
        Cypher.match(in)
            .where(supported(in, confident))
            .returning(
                in.getRequiredSymbolicName(),
                a.getRequiredSymbolicName(),
                k.getRequiredSymbolicName().as("b"))
            .build();
    Statement matched =
        switch (selection.direction()) {
          case OUT -> outgoing;
          case IN -> incoming;
          case BOTH -> Cypher.union(outgoing, incoming);
        };
    Relationship r = Cypher.anyNode("a").relationshipTo(Cypher.anyNode("b")).named("r");
    Statement page =
        Cypher.call(matched)
            .with(r, a, b)
            .orderBy(
                r.property(confident ? "cases" : "allCases").descending(),
                r.property("absentCases").descending(),
                b.property("name").ascending(),
                a.property("name").ascending())
            .limit(Cypher.parameter("limit", limit))
            .returning(Cypher.collect(edge(r, a, b)).as(edges))
            .build();
    // Every edge is counted from the node's degree; the confident ones from their properties.
    Node other = Cypher.anyNode();
    Relationship counted =
        switch (selection.direction()) {
          case OUT -> k.relationshipTo(other, types).named("r");
          case IN -> k.relationshipFrom(other, types).named("r");
          case BOTH -> k.relationshipBetween(other, types).named("r");
        };
    Expression total =
        confident
            ? Cypher.count(List.of(counted), Where.from(supported(counted, true)))
            : Cypher.count(counted);
    return Cypher.unwind(Cypher.parameter("keys", keyRows))
        .as(key)
        .match(k)
        .call(page, k)
        .returning(
            Cypher.property(key, "kind").as("kind"),
            Cypher.property(key, "id").as("id"),
            edges,
            total.as("total"))
        .build();
  }

  /**
   * An edge only weak links support has cases 0 and allCases above 0; a diagnosis's symptom only
   * ever ruled out has cases 0 and absentCases above 0. No condition: every edge.
   */
  private static Condition supported(Relationship r, boolean confident) {
    return confident
        ? r.property("cases")
            .gt(Cypher.literalOf(0))
            .or(r.property("absentCases").gt(Cypher.literalOf(0)))
        : Cypher.noCondition();
  }

  /**
   * The map {@link KnowledgeEdge#of} reads, for the relationship {@code r} from {@code a} to {@code
   * b}.
   */
  private static Expression edge(Relationship r, Node a, Node b) {
    return Cypher.mapOf(
        "relation", Cypher.type(r),
        "from", Concepts.projection(a),
        "to", Concepts.projection(b),
        "cases", r.property("cases"),
        "absentCases", r.property("absentCases"),
        "mentions", r.property("mentions"),
        "allCases", r.property("allCases"),
        "allMentions", r.property("allMentions"));
  }
}
