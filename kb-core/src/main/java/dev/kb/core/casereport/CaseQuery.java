package dev.kb.core.casereport;

import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.fact.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@link CaseFilter} into a Cypher predicate on {@code c:Case}. The predicate's shape
 * comes only from fixed fragments; every value the user gave travels as a parameter, so no input
 * can change the query. Full-text conditions are answered by the index first and arrive as lists of
 * case ids.
 */
final class CaseQuery {

  /** How deeply filters may nest, and how many conditions one request may hold. */
  static final int MAX_DEPTH = 6;

  static final int MAX_CONDITIONS = 32;

  /** The predicate {@link #where} gives when nothing is left to check on a case. */
  static final String ALWAYS = "true";

  private final Map<String, Object> parameters = new HashMap<>();
  private final Function<String, List<String>> textSearch;
  private int conditions;

  /** The fact filter {@link #match} starts from, if any; {@link #where} leaves it out. */
  private @Nullable FactFilter anchor;

  /** The anchor's concept as a pattern binding {@code ak}, once {@link #match} has run. */
  private String anchorConcept = "";

  /** The anchor's facts, {@code af}, by the facts' concept index, once {@link #match} has run. */
  private String anchorFacts = "";

  /**
   * @param textSearch the ids of the cases whose text matches some words
   */
  CaseQuery(Function<String, List<String>> textSearch) {
    this.textSearch = textSearch;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * Where the query starts, binding {@code c}. When the filter requires a fact about a given
   * concept (at its root, or among the root's {@code and}), the cases are reached from that concept
   * through its facts, by index, instead of testing every case; that fact's conditions are checked
   * there, once, and {@link #where} leaves them out. Otherwise every case is a candidate.
   */
  String match(@Nullable CaseFilter filter) {
    anchor = anchor(filter);
    if (anchor == null) {
      return "MATCH (c:Case)";
    }
    ConceptKey concept = Objects.requireNonNull(anchor.concept());
    anchorConcept =
        "(ak:Concept {kind: "
            + parameter(concept.kind().label())
            + ", id: "
            + parameter(concept.id())
            + "})";
    String anchorConditions = String.join(" AND ", factConditions(anchor, "af", "ak", false));
    // The concept itself is visited only when a condition is about it (its codes, its names).
    boolean aboutConcept = anchor.code() != null || anchor.name() != null;
    anchorFacts =
        "MATCH (af:Fact)"
            + (aboutConcept ? "-[:ABOUT]->(ak:Concept)" : "")
            + " USING INDEX af:Fact(concept, caseImportedAt, caseId)"
            + " WHERE af.concept = "
            + parameter(concept.kind().label() + "/" + concept.id())
            + " AND af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND "
            + anchorConditions;
    return "MATCH "
        + anchorConcept
        + "<-[:ABOUT]-(af:Fact)<-[:HAS_FACT]-(c:Case) WHERE "
        + anchorConditions
        + " WITH DISTINCT c";
  }

  /**
   * For an anchored query: the number of cases that affirm the anchor's concept, as {@code total},
   * from the count the loader keeps on the concept (0 when there is no such concept).
   */
  String anchorAffirmedCases() {
    return "OPTIONAL MATCH " + anchorConcept + " RETURN coalesce(ak.affirmedCases, 0) AS total";
  }

  /**
   * For an anchored query: the ids of the anchor's matching cases in import order, each once, read
   * from the facts' {@code (concept, caseImportedAt, caseId)} index in that order, so a page stops
   * reading after its last case. Binds {@code concept}, {@code at} and {@code caseId}, which {@link
   * #importOrder} orders by; ends with that ORDER BY, so a SKIP and LIMIT may follow. Call {@link
   * #match} first.
   *
   * @param direction {@code " DESC"} (newest first) or {@code " ASC"}
   */
  String anchoredInImportOrder(String direction) {
    // The order is written on all three index keys, the distinct values projected from them, so
    // the planner sees the index already gives it: no sort, and the distinct streams.
    return anchorFacts
        + " WITH DISTINCT af.concept AS concept, af.caseImportedAt AS at, af.caseId AS caseId"
        + importOrder(direction);
  }

  /** The order of {@link #anchoredInImportOrder}'s rows, to repeat after filtering them. */
  static String importOrder(String direction) {
    return " ORDER BY concept" + direction + ", at" + direction + ", caseId" + direction;
  }

  /**
   * Whether the filter is only a fact about a concept, affirmed, with no other condition: its cases
   * are then counted by the concept's {@code affirmedCases}, which the loader keeps.
   */
  boolean onlyAffirmedConcept(@Nullable CaseFilter filter) {
    return filter != null
        && anchor != null
        && filter.fact() == anchor
        && filter.and() == null
        && filter.or() == null
        && filter.not() == null
        && filter.patientAge() == null
        && filter.patientSex() == null
        && filter.text() == null
        && anchor.code() == null
        && anchor.name() == null
        && anchor.certainty() == null
        && anchor.revealedBy() == null
        // A kind narrows the count: a finding's concept counts its side effect facts too.
        && anchor.kind() == null
        && (anchor.polarity() == null || anchor.polarity().equals(List.of(Polarity.AFFIRMED)));
  }

  /**
   * Whether {@link #match} starts from a concept: the cases then come in no useful order, and there
   * are usually few of them.
   */
  boolean anchored() {
    return anchor != null;
  }

  private static @Nullable FactFilter anchor(@Nullable CaseFilter filter) {
    if (filter == null) {
      return null;
    }
    if (filter.fact() != null && filter.fact().concept() != null) {
      return filter.fact();
    }
    if (filter.and() != null) {
      for (CaseFilter part : filter.and()) {
        if (part.fact() != null && part.fact().concept() != null) {
          return part.fact();
        }
      }
    }
    return null;
  }

  /**
   * The predicate on {@code c}, {@code true} for no filter; call {@link #match} first, since the
   * conditions it checks are left out here.
   */
  String where(@Nullable CaseFilter filter) {
    return filter == null ? ALWAYS : compile(filter, 0, true);
  }

  /**
   * @param required whether the filter must hold for every case listed: the root and the root's
   *     {@code and}, where {@link #match} may have taken its starting fact from
   */
  private String compile(CaseFilter filter, int depth, boolean required) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("Filters nest deeper than " + MAX_DEPTH + " levels");
    }
    List<String> all = new ArrayList<>();
    if (filter.and() != null) {
      for (CaseFilter part : filter.and()) {
        all.add(compile(part, depth + 1, required && depth == 0));
      }
    }
    if (filter.or() != null && !filter.or().isEmpty()) {
      List<String> any = new ArrayList<>();
      for (CaseFilter part : filter.or()) {
        any.add(compile(part, depth + 1, false));
      }
      all.add("(" + String.join(" OR ", any) + ")");
    }
    if (filter.not() != null) {
      all.add("NOT (" + compile(filter.not(), depth + 1, false) + ")");
    }
    if (filter.fact() != null && !(required && filter.fact() == anchor)) {
      all.add(fact(filter.fact()));
    }
    if (filter.patientAge() != null) {
      if (filter.patientAge().min() != null) {
        all.add("c.patientAge >= " + parameter(filter.patientAge().min()));
      }
      if (filter.patientAge().max() != null) {
        all.add("c.patientAge <= " + parameter(filter.patientAge().max()));
      }
    }
    if (filter.patientSex() != null) {
      all.add("c.patientSex = " + parameter(filter.patientSex().toLowerCase(Locale.ROOT)));
    }
    if (filter.text() != null) {
      all.add("c.id IN " + parameter(textSearch.apply(filter.text())));
    }
    return all.isEmpty() ? ALWAYS : "(" + String.join(" AND ", all) + ")";
  }

  private String fact(FactFilter fact) {
    return "EXISTS { MATCH (c)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept) WHERE "
        + String.join(" AND ", factConditions(fact, "f", "k", true))
        + " }";
  }

  /**
   * The conditions of a fact filter on a fact variable {@code f} about a concept variable {@code
   * k}; the concept's kind and id only when {@code withConcept} (else the pattern holds them).
   */
  private List<String> factConditions(FactFilter fact, String f, String k, boolean withConcept) {
    List<String> conditions = new ArrayList<>();
    if (fact.concept() != null && withConcept) {
      conditions.add(k + ".kind = " + parameter(fact.concept().kind().label()));
      conditions.add(k + ".id = " + parameter(fact.concept().id()));
    }
    if (fact.kind() != null) {
      conditions.add(f + ".kind = " + parameter(fact.kind().label()));
    }
    if (fact.code() != null) {
      conditions.add(
          "any(code IN "
              + k
              + ".codes WHERE toUpper(code) = toUpper("
              + parameter(fact.code())
              + "))");
    }
    if (fact.name() != null) {
      String name = parameter(fact.name().strip().toLowerCase(Locale.ROOT));
      conditions.add(
          "(toLower("
              + k
              + ".name) = "
              + name
              + " OR any(s IN "
              + k
              + ".synonyms WHERE toLower(s) = "
              + name
              + "))");
    }
    List<Polarity> polarity =
        fact.polarity() == null ? List.of(Polarity.AFFIRMED) : fact.polarity();
    conditions.add(f + ".polarity IN " + parameter(polarity.stream().map(Enum::name).toList()));
    if (fact.certainty() != null) {
      conditions.add(
          f + ".certainty IN " + parameter(fact.certainty().stream().map(Enum::name).toList()));
    }
    if (fact.revealedBy() != null) {
      ConceptKey by = fact.revealedBy();
      conditions.add(
          "EXISTS { MATCH ("
              + f
              + ")<-[:REVEALS]-(:Fact)-[:ABOUT]->(:Concept {kind: "
              + parameter(by.kind().label())
              + ", id: "
              + parameter(by.id())
              + "}) }");
    }
    return conditions;
  }

  private String parameter(Object value) {
    if (++conditions > MAX_CONDITIONS) {
      throw new IllegalArgumentException("A filter may hold at most " + MAX_CONDITIONS + " values");
    }
    String name = "p" + parameters.size();
    parameters.put(name, value);
    return "$" + name;
  }
}
