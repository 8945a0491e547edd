package dev.kb.core.casereport;

import static dev.kb.core.casereport.CaseConditions.CASE;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.fact.Polarity;
import dev.kb.core.graph.Reads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReading;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * Builds the one query that reads a page of cases with the number of all matching cases, in one of
 * three shapes, chosen by the filter and the order:
 *
 * <ul>
 *   <li><b>from a concept, in import order</b>: when the filter requires a fact about a concept,
 *       the facts' {@code (concept, caseImportedAt, caseId)} index yields that concept's cases
 *       already in import order, so a page stops reading after its last case; with nothing else to
 *       check, the page is skipped to in the index and only its cases are read;
 *   <li><b>from a concept, in another order</b>, or <b>from the concepts under a code</b> (in any
 *       order): the cases are collected once from the facts' index, counted and sorted;
 *   <li><b>every case a candidate</b>: the count may come from the count store, and in import order
 *       Neo4j reads the page from the cases' index in that order.
 * </ul>
 *
 * Cases are ordered before they are projected, so only the page's cases are read in full.
 */
final class CasePageQuery {

  private static final SymbolicName TOTAL = Cypher.name("total");
  private static final SymbolicName PAGE = Cypher.name("page");
  private static final SymbolicName CONCEPT = Cypher.name("concept");
  private static final SymbolicName AT = Cypher.name("at");
  private static final SymbolicName CASE_ID = Cypher.name("caseId");

  /**
   * The Cypher of each shape of query already rendered. Rendering walks the whole statement (about
   * 85 µs for a filtered page, where building it takes 5), and the text depends only on the
   * filter's shape and the order: the values are parameters, named in the order they are met.
   */
  private static final Cache<Shape, String> RENDERED =
      Caffeine.newBuilder().maximumSize(1_000).executor(Runnable::run).build();

  private CasePageQuery() {}

  /** A query ready to send: its text and its parameters' values. */
  record Prepared(String cypher, Map<String, Object> parameters) {}

  /**
   * The query for a page, rendered once per shape.
   *
   * @throws IllegalArgumentException when the filter nests too deep or holds too many values
   */
  static Prepared prepare(
      @Nullable CaseFilter filter,
      CaseSort sort,
      long offset,
      int limit,
      Function<String, List<String>> textSearch,
      Function<String, List<String>> conceptsUnder) {
    CaseConditions conditions = new CaseConditions(filter, textSearch, conceptsUnder);
    Statement statement = build(conditions, filter, sort, offset, limit);
    String cypher =
        RENDERED.get(new Shape(Shape.of(filter), sort), shape -> Reads.cypher(statement));
    Map<String, Object> parameters = new HashMap<>(conditions.values());
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    return new Prepared(cypher, parameters);
  }

  /**
   * The query for a page, as built; {@link #prepare} is what is sent.
   *
   * @throws IllegalArgumentException when the filter nests too deep or holds too many values
   */
  static Statement page(
      @Nullable CaseFilter filter,
      CaseSort sort,
      long offset,
      int limit,
      Function<String, List<String>> textSearch,
      Function<String, List<String>> conceptsUnder) {
    return build(
        new CaseConditions(filter, textSearch, conceptsUnder), filter, sort, offset, limit);
  }

  private static Statement build(
      CaseConditions conditions,
      @Nullable CaseFilter filter,
      CaseSort sort,
      long offset,
      int limit) {
    FactFilter anchor = conditions.anchor();
    if (anchor == null) {
      return everyCase(filter, sort, conditions.where(filter), offset, limit);
    }
    Anchor from = Anchor.of(anchor, conditions);
    if (!conditions.anchoredByConcept()) {
      // Several concepts: their facts' index gives each one's cases in import order, not all's.
      return anchoredSorted(from, conditions.where(filter), sort, offset, limit);
    }
    Condition where = conditions.where(filter);
    return sort.field() == CaseSort.Field.IMPORTED_AT
        ? anchoredInImportOrder(filter, from, where, sort.descending(), offset, limit)
        : anchoredSorted(from, where, sort, offset, limit);
  }

  /**
   * The anchor's patterns and conditions, built once so their parameters are bound once. An anchor
   * by a code names no concept ({@code concept} and {@code key} null): its facts are those whose
   * {@code concept} is one of the concepts under the code, which its conditions hold.
   */
  record Anchor(
      FactFilter filter,
      @Nullable Node concept,
      Node fact,
      Condition conditions,
      @Nullable Expression key) {

    Anchor(FactFilter filter, CaseConditions conditions) {
      this(filter, conditions.anchorConcept(), Cypher.node("Fact").named("af"), conditions);
    }

    private Anchor(FactFilter filter, Node concept, Node fact, CaseConditions conditions) {
      this(
          filter,
          concept,
          fact,
          conditions.factConditions(filter, fact, concept, false),
          conditions.anchorKey());
    }

    /**
     * The anchor of a filter's required fact ({@link CaseConditions#anchor()}): its concept when it
     * names one, else the concepts under its code.
     */
    static Anchor of(FactFilter anchor, CaseConditions conditions) {
      return conditions.anchoredByConcept()
          ? new Anchor(anchor, conditions)
          : underCode(anchor, conditions);
    }

    /** The anchor of a filter by a code its concepts lie under. */
    private static Anchor underCode(FactFilter filter, CaseConditions conditions) {
      Node fact = Cypher.node("Fact").named("af");
      Node concept = Cypher.node("Concept").named("ak");
      // The other keys of the facts' index, which every fact has: the planner then seeks it.
      Condition indexed =
          fact.property("caseImportedAt")
              .isNotNull()
              .and(fact.property("caseId").isNotNull())
              .and(conditions.factConditions(filter, fact, concept, false));
      boolean aboutConcept = filter.code() != null || filter.name() != null;
      return new Anchor(filter, aboutConcept ? concept : null, fact, indexed, null);
    }

    /** The anchor's matching cases, {@code c}, each once. */
    OngoingReading cases() {
      PatternElement pattern =
          concept == null
              ? fact.relationshipFrom(CASE, "HAS_FACT")
              : concept.relationshipFrom(fact, "ABOUT").relationshipFrom(CASE, "HAS_FACT");
      return Cypher.match(pattern).where(conditions).withDistinct(CASE);
    }

    /**
     * The ids of the anchor's matching cases in import order, each once, read from the facts' index
     * in that order. The order is written on all three index keys, the distinct values projected
     * from them, so the planner sees the index already gives it: no sort, and the distinct streams.
     */
    StatementBuilder.OrderableOngoingReadingAndWithWithWhere inImportOrder(boolean descending) {
      // The concept itself is visited only when a condition is about it (its codes, its names).
      boolean aboutConcept = filter.code() != null || filter.name() != null;
      Node indexed = fact;
      var match =
          aboutConcept
              ? Cypher.match(indexed.relationshipTo(Cypher.node("Concept").named("ak"), "ABOUT"))
              : Cypher.match(indexed);
      return match
          .usingIndex(
              indexed.property("concept"),
              indexed.property("caseImportedAt"),
              indexed.property("caseId"))
          .where(
              indexed
                  .property("concept")
                  .eq(Objects.requireNonNull(key))
                  .and(indexed.property("caseImportedAt").isNotNull())
                  .and(indexed.property("caseId").isNotNull())
                  .and(conditions))
          .withDistinct(
              indexed.property("concept").as(CONCEPT),
              indexed.property("caseImportedAt").as(AT),
              indexed.property("caseId").as(CASE_ID))
          .orderBy(importOrder(descending));
    }

    /**
     * Whether the filter is only this fact, affirmed, with no other condition: its cases are then
     * counted by the concept's {@code affirmedCases}, which the loader keeps.
     */
    boolean onlyAffirmedConcept(@Nullable CaseFilter root) {
      return root != null
          && root.fact() == filter
          && root.and() == null
          && root.or() == null
          && root.not() == null
          && root.patientAge() == null
          && root.patientSex() == null
          && root.text() == null
          && filter.code() == null
          && filter.name() == null
          && filter.certainty() == null
          && filter.revealedBy() == null
          && filter.codeUnder() == null
          // A kind narrows the count: a finding's concept counts its side effect facts too.
          && filter.kind() == null
          && (filter.polarity() == null || filter.polarity().equals(List.of(Polarity.AFFIRMED)));
    }
  }

  private static Statement anchoredInImportOrder(
      @Nullable CaseFilter filter,
      Anchor anchor,
      @Nullable Condition where,
      boolean descending,
      long offset,
      int limit) {
    Statement counted =
        anchor.onlyAffirmedConcept(filter)
            ? Cypher.optionalMatch(Objects.requireNonNull(anchor.concept()))
                .returning(
                    Cypher.coalesce(
                            Objects.requireNonNull(anchor.concept()).property("affirmedCases"),
                            Cypher.literalOf(0))
                        .as(TOTAL))
                .build()
            : anchor
                .cases()
                .with(CASE)
                .where(orTrue(where))
                .returning(Cypher.count(CASE).as(TOTAL))
                .build();
    Node pageCase = Cypher.node("Case").named("c").withProperties("id", CASE_ID);
    OngoingReading paged =
        where == null
            // Nothing to check on the cases: the page is skipped to in the index, and only its
            // cases are read.
            ? anchor
                .inImportOrder(descending)
                .skip(offset(offset))
                .limit(limit(limit))
                .match(pageCase)
            : anchor
                .inImportOrder(descending)
                .match(pageCase)
                .with(CASE, CONCEPT, AT, CASE_ID)
                .where(where)
                .with(CASE, CONCEPT, AT, CASE_ID)
                .orderBy(importOrder(descending))
                .skip(offset(offset))
                .limit(limit(limit));
    Statement page =
        paged
            .with(CASE, CONCEPT, AT, CASE_ID)
            .orderBy(importOrder(descending))
            .returning(Cypher.collect(CaseReports.projection(CASE)).as(PAGE))
            .build();
    return Cypher.call(counted).call(page).returning(TOTAL, PAGE).build();
  }

  private static Statement anchoredSorted(
      Anchor anchor, @Nullable Condition where, CaseSort sort, long offset, int limit) {
    SymbolicName matched = Cypher.name("matched");
    Statement page =
        Cypher.unwind(matched)
            .as(CASE.getRequiredSymbolicName())
            .with(CASE)
            .orderBy(sort.orderBy(CASE))
            .skip(offset(offset))
            .limit(limit(limit))
            .returning(Cypher.collect(CaseReports.projection(CASE)).as(PAGE))
            .build();
    return anchor
        .cases()
        .with(CASE)
        .where(orTrue(where))
        .with(Cypher.collect(CASE).as(matched))
        .call(page, matched)
        .returning(Cypher.size(matched).as(TOTAL), PAGE)
        .build();
  }

  private static Statement everyCase(
      @Nullable CaseFilter filter,
      CaseSort sort,
      @Nullable Condition where,
      long offset,
      int limit) {
    Statement counted =
        filter == null
            ? Cypher.match(CASE).returning(Cypher.count(CASE).as(TOTAL)).build()
            : Cypher.match(CASE)
                .where(orTrue(where))
                .returning(Cypher.count(CASE).as(TOTAL))
                .build();
    // In import order the cases' index gives the order, if the planner knows the key is there.
    Condition listed =
        sort.field() == CaseSort.Field.IMPORTED_AT
            ? CASE.property("importedAt").isNotNull().and(orTrue(where))
            : orTrue(where);
    Statement page =
        Cypher.match(CASE)
            .where(listed)
            .with(CASE)
            .orderBy(sort.orderBy(CASE))
            .skip(offset(offset))
            .limit(limit(limit))
            .returning(Cypher.collect(CaseReports.projection(CASE)).as(PAGE))
            .build();
    return Cypher.call(counted).call(page).returning(TOTAL, PAGE).build();
  }

  private static List<SortItem> importOrder(boolean descending) {
    return List.of(
        sorted(CONCEPT, descending), sorted(AT, descending), sorted(CASE_ID, descending));
  }

  private static SortItem sorted(Expression expression, boolean descending) {
    return descending ? Cypher.sort(expression).descending() : Cypher.sort(expression).ascending();
  }

  /** The condition, or none: Cypher-DSL leaves out a WHERE, and an AND, with no condition. */
  private static Condition orTrue(@Nullable Condition condition) {
    return Objects.requireNonNullElseGet(condition, Cypher::noCondition);
  }

  private static Expression offset(long offset) {
    return Cypher.parameter("offset", offset);
  }

  private static Expression limit(int limit) {
    return Cypher.parameter("limit", limit);
  }
}
