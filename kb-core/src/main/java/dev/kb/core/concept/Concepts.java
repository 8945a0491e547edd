package dev.kb.core.concept;

import dev.kb.core.graph.Page;
import dev.kb.core.graph.Reads;
import dev.kb.core.graph.Values;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Read queries over the concepts merged across cases. */
public final class Concepts {

  private static final String PROJECTION = projection("k");

  private final Driver driver;

  public Concepts(Driver driver) {
    this.driver = driver;
  }

  /** Concepts of one kind (or all kinds for null), by name, one page of them. */
  public Page<Concept> page(@Nullable ConceptKind kind, long offset, int limit) {
    return page(kind, ConceptSort.BY_NAME, offset, limit);
  }

  /** Concepts of one kind (or all kinds for null), in the given order, one page of them. */
  public Page<Concept> page(@Nullable ConceptKind kind, ConceptSort sort, long offset, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("kind", kind == null ? null : kind.label());
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    return Reads.list(
            driver,
            """
            CALL () {
              MATCH (k:Concept) WHERE $kind IS NULL OR k.kind = $kind RETURN count(k) AS total
            }
            CALL () {
              MATCH (k:Concept) WHERE $kind IS NULL OR k.kind = $kind
              WITH k ORDER BY %s SKIP $offset LIMIT $limit
              RETURN collect(%s) AS page
            }
            RETURN total, page
            """
                .formatted(sort.orderBy(), PROJECTION),
            parameters,
            r ->
                new Page<>(
                    r.get("page").asList(Concepts::concept), offset, r.get("total").asLong()))
        .getFirst();
  }

  /**
   * The map projection of the concept bound to {@code variable} that {@link #concept(Value)} reads:
   * its properties and the count of cases the loader keeps on it, so a concept's case count costs
   * no query of its own.
   */
  public static String projection(String variable) {
    return variable + " {.id, .kind, .name, .synonyms, .codes, .cases}";
  }

  /** A concept from a map made by {@link #projection(String)}. */
  public static Concept concept(Value value) {
    return new Concept(
        value.get("id").asString(),
        ConceptKind.parse(value.get("kind").asString()),
        value.get("name").asString(),
        Values.strings(value.get("synonyms")),
        Values.strings(value.get("codes")),
        value.get("cases").asInt(0));
  }

  /**
   * Concepts carrying this code in any system ({@code ICD10:R25.2}, {@code MESH:D005207}); a code
   * without a prefix matches any system with that value.
   */
  public List<Concept> byCode(String code) {
    String wanted = code.strip();
    return Reads.list(
        driver,
        """
        MATCH (k:Concept)
        WHERE any(c IN k.codes WHERE toUpper(c) = toUpper($code)
                  OR (NOT $code CONTAINS ':'
                      AND toUpper(c) ENDS WITH ':' + toUpper($code)))
        RETURN %s AS k ORDER BY k.kind, k.name
        """
            .formatted(PROJECTION),
        Map.of("code", wanted),
        r -> concept(r.get("k")));
  }

  /** Concepts whose preferred name or a synonym is this name, ignoring case. */
  public List<Concept> byName(String name, @Nullable ConceptKind kind) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("name", name.strip().toLowerCase(java.util.Locale.ROOT));
    parameters.put("kind", kind == null ? null : kind.label());
    return Reads.list(
        driver,
        """
        MATCH (k:Concept)
        WHERE ($kind IS NULL OR k.kind = $kind)
          AND (toLower(k.name) = $name
               OR any(s IN k.synonyms WHERE toLower(s) = $name))
        RETURN %s AS k ORDER BY k.kind, k.name
        """
            .formatted(PROJECTION),
        parameters,
        r -> concept(r.get("k")));
  }

  /** Concept keys as Cypher parameter rows {@code {kind, id}}, for {@code UNWIND $keys AS key}. */
  public static List<Map<String, Object>> keyRows(Collection<ConceptKey> keys) {
    return keys.stream()
        .<Map<String, Object>>map(k -> Map.of("kind", k.kind().label(), "id", k.id()))
        .toList();
  }

  /** The key of a result row with {@code kind} (a label) and {@code id} columns. */
  public static ConceptKey key(org.neo4j.driver.Record row) {
    return new ConceptKey(ConceptKind.parse(row.get("kind").asString()), row.get("id").asString());
  }

  /** The concept of this kind and id, if stored. */
  public Optional<Concept> find(ConceptKey key) {
    return Reads.list(
            driver,
            "MATCH (k:Concept {kind: $kind, id: $id}) RETURN %s AS k".formatted(PROJECTION),
            Map.of("kind", key.kind().label(), "id", key.id()),
            r -> concept(r.get("k")))
        .stream()
        .findFirst();
  }
}
