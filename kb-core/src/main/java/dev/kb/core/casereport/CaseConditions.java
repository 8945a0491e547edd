package dev.kb.core.casereport;

import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.fact.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;

/**
 * Compiles a {@link CaseFilter} into Cypher-DSL conditions on the case {@code c}. Every value the
 * user gave is a parameter ({@code $p0}, {@code $p1}, … in the order met), so no input can change
 * the query's shape beyond the filter's own structure, and that structure is bounded: {@link
 * #MAX_DEPTH} levels, {@link #MAX_CONDITIONS} values. Full-text conditions are answered by the
 * index first and arrive as lists of case ids; so do codes a concept must lie under, as lists of
 * the concepts' keys ({@code kind/id}, the facts' {@code concept} property).
 */
final class CaseConditions {

  /** How deeply filters may nest, and how many conditions one request may hold. */
  static final int MAX_DEPTH = 6;

  static final int MAX_CONDITIONS = 32;

  /** The case every condition is about. */
  static final Node CASE = Cypher.node("Case").named("c");

  private final Function<String, List<String>> textSearch;
  private final Function<String, List<String>> conceptsUnder;
  private final @Nullable FactFilter anchor;
  private final Map<String, Object> values = new LinkedHashMap<>();

  /**
   * @param filter the filter to compile; its anchor (see {@link #anchor}) is chosen here
   * @param textSearch the ids of the cases whose text matches some words
   * @param conceptsUnder the keys ({@code kind/id}) of the stored concepts that carry a code or lie
   *     under it
   */
  CaseConditions(
      @Nullable CaseFilter filter,
      Function<String, List<String>> textSearch,
      Function<String, List<String>> conceptsUnder) {
    this.textSearch = textSearch;
    this.conceptsUnder = conceptsUnder;
    this.anchor = anchorOf(filter);
  }

  /**
   * The fact filter the query may start from: one the filter requires (at its root, or among the
   * root's {@code and}) that names a concept, or else a code its concept lies under, so the cases
   * are reached from those concepts' facts by index instead of testing every case. Null when there
   * is none.
   */
  @Nullable FactFilter anchor() {
    return anchor;
  }

  private static @Nullable FactFilter anchorOf(@Nullable CaseFilter filter) {
    FactFilter byConcept = required(filter, fact -> fact.concept() != null);
    return byConcept != null ? byConcept : required(filter, fact -> fact.codeUnder() != null);
  }

  private static @Nullable FactFilter required(
      @Nullable CaseFilter filter, java.util.function.Predicate<FactFilter> test) {
    if (filter == null) {
      return null;
    }
    if (filter.fact() != null && test.test(filter.fact())) {
      return filter.fact();
    }
    if (filter.and() != null) {
      for (CaseFilter part : filter.and()) {
        if (part.fact() != null && test.test(part.fact())) {
          return part.fact();
        }
      }
    }
    return null;
  }

  /**
   * The condition on {@code c}, null when nothing is left to check. The anchor's conditions are
   * left out: the query checks them where it starts.
   */
  @Nullable Condition where(@Nullable CaseFilter filter) {
    return filter == null ? null : compile(filter, 0, true);
  }

  /**
   * @param required whether the filter must hold for every case listed: the root and the root's
   *     {@code and}, where the anchor may have come from
   */
  private @Nullable Condition compile(CaseFilter filter, int depth, boolean required) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("Filters nest deeper than " + MAX_DEPTH + " levels");
    }
    List<Condition> all = new ArrayList<>();
    if (filter.and() != null) {
      for (CaseFilter part : filter.and()) {
        // A part with nothing left to check (the anchor, checked where the query starts) holds.
        Condition one = compile(part, depth + 1, required && depth == 0);
        if (one != null) {
          all.add(one);
        }
      }
    }
    if (filter.or() != null && !filter.or().isEmpty()) {
      Condition any = null;
      for (CaseFilter part : filter.or()) {
        Condition one = orAlways(compile(part, depth + 1, false));
        any = any == null ? one : any.or(one);
      }
      all.add(any);
    }
    if (filter.not() != null) {
      all.add(orAlways(compile(filter.not(), depth + 1, false)).not());
    }
    if (filter.fact() != null && !(required && filter.fact() == anchor)) {
      all.add(fact(filter.fact()));
    }
    if (filter.patientAge() != null) {
      if (filter.patientAge().min() != null) {
        all.add(CASE.property("patientAge").gte(parameter(filter.patientAge().min())));
      }
      if (filter.patientAge().max() != null) {
        all.add(CASE.property("patientAge").lte(parameter(filter.patientAge().max())));
      }
    }
    if (filter.patientSex() != null) {
      all.add(
          CASE.property("patientSex").eq(parameter(filter.patientSex().toLowerCase(Locale.ROOT))));
    }
    if (filter.text() != null) {
      all.add(CASE.property("id").in(parameter(textSearch.apply(filter.text()))));
    }
    return all.stream().reduce(Condition::and).orElse(null);
  }

  /** A part with nothing to check holds for every case. */
  private static Condition orAlways(@Nullable Condition condition) {
    return condition == null ? Cypher.literalTrue().asCondition() : condition;
  }

  private Condition fact(FactFilter fact) {
    Node f = Cypher.node("Fact").named("f");
    Node k = Cypher.node("Concept").named("k");
    // Named relationships: Cypher-DSL would name them at random in a subquery with a WHERE.
    return Cypher.exists(
        List.of(
            CASE.relationshipTo(f, "HAS_FACT")
                .named("hasFact")
                .relationshipTo(k, "ABOUT")
                .named("about")),
        Where.from(factConditions(fact, f, k, true)));
  }

  /**
   * The conditions of a fact filter on a fact {@code f} about a concept {@code k}; the concept's
   * kind and id only when {@code withConcept} (else the pattern holds them).
   */
  Condition factConditions(FactFilter fact, Node f, Node k, boolean withConcept) {
    List<Condition> conditions = new ArrayList<>();
    if (fact.concept() != null && withConcept) {
      conditions.add(k.property("kind").eq(parameter(fact.concept().kind().label())));
      conditions.add(k.property("id").eq(parameter(fact.concept().id())));
    }
    if (fact.kind() != null) {
      conditions.add(f.property("kind").eq(parameter(fact.kind().label())));
    }
    if (fact.code() != null) {
      // With its system, the code itself; without, that value in any system ("R25.2").
      Parameter<?> given = parameter(fact.code());
      Expression wanted = Cypher.toUpper(given);
      SymbolicName code = Cypher.name("code");
      conditions.add(
          Cypher.any(code)
              .in(k.property("codes"))
              .where(
                  Cypher.toUpper(code)
                      .eq(wanted)
                      .or(
                          given
                              .contains(Cypher.literalOf(":"))
                              .not()
                              .and(
                                  Cypher.toUpper(code)
                                      .endsWith(Cypher.literalOf(":").concat(wanted))))));
    }
    if (fact.codeUnder() != null) {
      conditions.add(f.property("concept").in(parameter(conceptsUnder.apply(fact.codeUnder()))));
    }
    if (fact.name() != null) {
      Parameter<?> name = parameter(fact.name().strip().toLowerCase(Locale.ROOT));
      SymbolicName synonym = Cypher.name("s");
      conditions.add(
          Cypher.toLower(k.property("name"))
              .eq(name)
              .or(
                  Cypher.any(synonym)
                      .in(k.property("synonyms"))
                      .where(Cypher.toLower(synonym).eq(name))));
    }
    List<Polarity> polarity =
        fact.polarity() == null ? List.of(Polarity.AFFIRMED) : fact.polarity();
    conditions.add(
        f.property("polarity").in(parameter(polarity.stream().map(Enum::name).toList())));
    if (fact.certainty() != null) {
      conditions.add(
          f.property("certainty")
              .in(parameter(fact.certainty().stream().map(Enum::name).toList())));
    }
    if (fact.revealedBy() != null) {
      ConceptKey by = fact.revealedBy();
      Node investigation =
          Cypher.node("Concept")
              .withProperties("kind", parameter(by.kind().label()), "id", parameter(by.id()));
      conditions.add(
          Cypher.exists(
              List.of(
                  f.relationshipFrom(Cypher.node("Fact"), "REVEALS")
                      .relationshipTo(investigation, "ABOUT"))));
    }
    return conditions.stream().reduce(Condition::and).orElseThrow();
  }

  /** Whether the anchor names its concept, rather than a code its concept lies under. */
  boolean anchoredByConcept() {
    return anchor != null && anchor.concept() != null;
  }

  /** The anchor's concept, {@code ak}, matched by kind and id. */
  Node anchorConcept() {
    ConceptKey concept = Objects.requireNonNull(Objects.requireNonNull(anchor).concept());
    return Cypher.node("Concept")
        .named("ak")
        .withProperties("kind", parameter(concept.kind().label()), "id", parameter(concept.id()));
  }

  /** The value of the anchor's facts' {@code concept} property: {@code kind/id}. */
  Expression anchorKey() {
    ConceptKey concept = Objects.requireNonNull(Objects.requireNonNull(anchor).concept());
    return parameter(concept.kind().label() + "/" + concept.id());
  }

  /** The values of the parameters made so far, by name: what the query is sent with. */
  Map<String, Object> values() {
    return values;
  }

  private Parameter<?> parameter(Object value) {
    if (values.size() >= MAX_CONDITIONS) {
      throw new IllegalArgumentException("A filter may hold at most " + MAX_CONDITIONS + " values");
    }
    String name = "p" + values.size();
    values.put(name, value);
    return Cypher.parameter(name, value);
  }
}
