package dev.kb.core.concept;

import dev.kb.core.graph.Page;
import dev.kb.core.graph.Reads;
import dev.kb.core.graph.Values;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.driver.Value;

/** Read queries over the concepts merged across cases. */
public final class Concepts {

  /** The properties of a concept that {@link #concept(Value)} reads. */
  private static final List<String> PROPERTIES =
      List.of("id", "kind", "name", "synonyms", "codes", "cases");

  private static final String PROJECTION = projection("k");

  private final Reads reads;

  public Concepts(Reads reads) {
    this.reads = reads;
  }

  /** Concepts of one kind (or all kinds for null), by name, one page of them. */
  public Page<Concept> page(@Nullable ConceptKind kind, long offset, int limit) {
    return page(kind, ConceptSort.BY_NAME, offset, limit);
  }

  /**
   * Concepts of one kind (or all kinds for null), in the given order, one page of them. No concept
   * is a side effect (ADR 006): {@link ConceptKind#SIDE_EFFECT} lists the findings some drug is
   * confidently held responsible for.
   */
  public Page<Concept> page(@Nullable ConceptKind kind, ConceptSort sort, long offset, int limit) {
    return reads
        .list(
            pageQuery(kind, sort, offset, limit),
            r ->
                new Page<>(
                    r.get("page").asList(Concepts::concept), offset, r.get("total").asLong()))
        .getFirst();
  }

  /** The concept {@code k} every query here is about. */
  private static final Node CONCEPT = Cypher.node("Concept").named("k");

  /** The page's query: the count and the page, each in its own subquery. */
  static Statement pageQuery(@Nullable ConceptKind kind, ConceptSort sort, long offset, int limit) {
    Statement counted =
        Cypher.match(CONCEPT)
            .where(ofKind(kind))
            .returning(Cypher.count(CONCEPT).as("total"))
            .build();
    Statement page =
        Cypher.match(CONCEPT)
            .where(ofKind(kind))
            .with(CONCEPT)
            .orderBy(sort.orderBy(CONCEPT))
            .skip(Cypher.parameter("offset", offset))
            .limit(Cypher.parameter("limit", limit))
            .returning(Cypher.collect(projection(CONCEPT)).as("page"))
            .build();
    return Cypher.call(counted)
        .call(page)
        .returning(Cypher.name("total"), Cypher.name("page"))
        .build();
  }

  /**
   * The map projection of the concept bound to {@code variable} that {@link #concept(Value)} reads:
   * its properties and the count of cases the loader keeps on it, so a concept's case count costs
   * no query of its own.
   */
  public static String projection(String variable) {
    return variable
        + " {"
        + String.join(", ", PROPERTIES.stream().map(p -> "." + p).toList())
        + "}";
  }

  /** The same projection as {@link #projection(String)}, for a query built with Cypher-DSL. */
  public static MapProjection projection(Node concept) {
    return concept.project(PROPERTIES.toArray());
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
    return reads.list(
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

  /**
   * Concepts carrying this code or lying under it in its terminology: {@code C34} or {@code
   * ICD10:C34} finds lung cancer ({@code ICD10:C34.90}), {@code MESHTREE:C04} every neoplasm MeSH
   * files there, {@code DOID:305} every kind of carcinoma (ADR 013). By kind, then name.
   */
  public List<Concept> under(String code) {
    return reads.list(
        """
        CALL db.index.fulltext.queryNodes('concept_codes', $query, {limit: $max}) YIELD node
        RETURN %s AS k ORDER BY node.kind, node.name
        """
            .formatted(projection("node")),
        Map.of("query", ConceptCodes.lucene(code), "max", ConceptCodes.MAX_CONCEPTS),
        r -> concept(r.get("k")));
  }

  /**
   * Concepts whose preferred name or a synonym is this name, ignoring case, of one kind (see {@link
   * #page} for {@link ConceptKind#SIDE_EFFECT}) or all.
   */
  public List<Concept> byName(String name, @Nullable ConceptKind kind) {
    return reads.list(byNameQuery(name, kind), r -> concept(r.get("k")));
  }

  static Statement byNameQuery(String name, @Nullable ConceptKind kind) {
    Expression wanted = Cypher.parameter("name", name.strip().toLowerCase(Locale.ROOT));
    SymbolicName synonym = Cypher.name("s");
    return Cypher.match(CONCEPT)
        .where(
            ofKind(kind)
                .and(
                    Cypher.toLower(CONCEPT.property("name"))
                        .eq(wanted)
                        .or(
                            Cypher.any(synonym)
                                .in(CONCEPT.property("synonyms"))
                                .where(Cypher.toLower(synonym).eq(wanted)))))
        .returning(projection(CONCEPT).as("k"))
        .orderBy(CONCEPT.property("kind").ascending(), CONCEPT.property("name").ascending())
        .build();
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

  /**
   * The concept of this kind and id, if stored. A side effect's id names a finding (ADR 006): its
   * symptom or, when there is none, its diagnosis.
   */
  public Optional<Concept> find(ConceptKey key) {
    List<String> kinds =
        key.kind() == ConceptKind.SIDE_EFFECT
            ? List.of(ConceptKind.SYMPTOM.label(), ConceptKind.DIAGNOSIS.label())
            : List.of(key.kind().label());
    return reads
        .list(
            """
            UNWIND range(0, size($kinds) - 1) AS i
            MATCH (k:Concept {kind: $kinds[i], id: $id})
            RETURN %s AS k ORDER BY i LIMIT 1
            """
                .formatted(PROJECTION),
            Map.of("kinds", kinds, "id", key.id()),
            r -> concept(r.get("k")))
        .stream()
        .findFirst();
  }

  /**
   * The condition that a concept {@code k} is of this kind, bound to {@code $kind}; any kind for
   * null, and for {@link ConceptKind#SIDE_EFFECT} a finding some drug is confidently held
   * responsible for, since no concept is a side effect.
   */
  /**
   * Concepts of one kind, or all for null. No concept is a side effect (ADR 006): {@link
   * ConceptKind#SIDE_EFFECT} means the findings some drug is confidently held responsible for.
   */
  private static Condition ofKind(@Nullable ConceptKind kind) {
    if (kind == null) {
      return Cypher.noCondition();
    }
    if (kind == ConceptKind.SIDE_EFFECT) {
      Relationship causes = CONCEPT.relationshipFrom(Cypher.anyNode(), "CAUSES").named("r");
      return CONCEPT
          .property("kind")
          .in(Cypher.listOf(Cypher.literalOf("Symptom"), Cypher.literalOf("Diagnosis")))
          .and(
              Cypher.exists(
                  List.of(causes), Where.from(causes.property("cases").gt(Cypher.literalOf(0)))));
    }
    return CONCEPT.property("kind").eq(Cypher.parameter("kind", kind.label()));
  }
}
