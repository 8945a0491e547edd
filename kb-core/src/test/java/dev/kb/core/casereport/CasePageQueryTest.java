package dev.kb.core.casereport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.casereport.CaseFilter.IntRange;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Polarity;
import dev.kb.core.graph.CypherSnapshots;
import dev.kb.core.graph.Reads;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.cypherdsl.core.Statement;

/**
 * Pins the Cypher each shape of case list sends (see {@link CypherSnapshots}), keeps every value a
 * parameter, and bounds a filter's size.
 */
class CasePageQueryTest {

  static final ConceptKey ALS = new ConceptKey(ConceptKind.DIAGNOSIS, "DOID:332");
  static final ConceptKey EMG = new ConceptKey(ConceptKind.INVESTIGATION, "emg");
  static final CaseSort BY_AGE = new CaseSort(CaseSort.Field.PATIENT_AGE, false);
  static final CaseSort BY_TITLE = new CaseSort(CaseSort.Field.TITLE, true);

  static FactFilter about(ConceptKey concept) {
    return new FactFilter(concept, null, null, null, null, null, null, null);
  }

  static FactFilter under(String code) {
    return new FactFilter(null, null, null, null, null, null, null, code);
  }

  static CaseFilter fact(FactFilter fact) {
    return new CaseFilter(null, null, null, fact, null, null, null);
  }

  static CaseFilter and(CaseFilter... parts) {
    return new CaseFilter(List.of(parts), null, null, null, null, null, null);
  }

  static CaseFilter or(CaseFilter... parts) {
    return new CaseFilter(null, List.of(parts), null, null, null, null, null);
  }

  static CaseFilter not(CaseFilter part) {
    return new CaseFilter(null, null, part, null, null, null, null);
  }

  static CaseFilter age(@Nullable Integer min, @Nullable Integer max) {
    return new CaseFilter(null, null, null, null, new IntRange(min, max), null, null);
  }

  static CaseFilter sex(String sex) {
    return new CaseFilter(null, null, null, null, null, sex, null);
  }

  static CaseFilter text(String words) {
    return new CaseFilter(null, null, null, null, null, null, words);
  }

  static Stream<Arguments> shapes() {
    FactFilter negatedOrUncertain =
        new FactFilter(
            ALS,
            null,
            null,
            null,
            List.of(Polarity.NEGATED),
            List.of(Certainty.POSSIBLE),
            null,
            null);
    FactFilter byCodeAndName =
        new FactFilter(ALS, "ICD10:G12.21", "Lou Gehrig disease", null, null, null, null, null);
    FactFilter revealed =
        new FactFilter(null, null, "fasciculation", ConceptKind.SYMPTOM, null, null, EMG, null);
    return Stream.of(
        Arguments.of("every-case-newest", null, CaseSort.NEWEST_FIRST),
        Arguments.of("every-case-by-title", null, BY_TITLE),
        Arguments.of("patient-newest", and(age(40, 70), sex("Female")), CaseSort.NEWEST_FIRST),
        Arguments.of("concept-newest", fact(about(ALS)), CaseSort.NEWEST_FIRST),
        Arguments.of(
            "concept-and-patient-newest",
            and(fact(about(ALS)), age(null, 60)),
            CaseSort.NEWEST_FIRST),
        Arguments.of("concept-by-code-and-name", fact(byCodeAndName), CaseSort.NEWEST_FIRST),
        Arguments.of("concept-negated-by-age", fact(negatedOrUncertain), BY_AGE),
        Arguments.of("under-code-newest", fact(under("C34")), CaseSort.NEWEST_FIRST),
        Arguments.of(
            "under-code-and-patient-by-age",
            and(fact(under("DOID:305")), sex("female"), not(fact(about(ALS)))),
            BY_AGE),
        Arguments.of(
            "concept-and-under-code-by-code-newest",
            and(
                fact(new FactFilter(ALS, null, null, null, null, null, null, "ICD10:G12")),
                fact(new FactFilter(null, "G12.21", null, null, null, null, null, "C34"))),
            CaseSort.NEWEST_FIRST),
        Arguments.of(
            "nested-without-concept",
            or(fact(revealed), not(text("bulbar onset")), and(sex("male"), age(18, null))),
            new CaseSort(CaseSort.Field.IMPORTED_AT, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void rendersTheCypherPinnedForEachShape(
      String shape, @Nullable CaseFilter filter, CaseSort sort) {
    Statement statement =
        CasePageQuery.page(
            filter, sort, 40, 20, words -> List.of("case-1", "case-2"), c -> List.of());
    assertThat(statement.getCatalog().getParameters())
        .containsEntry("offset", 40L)
        .containsEntry("limit", 20);
    CypherSnapshots.assertRendersAsPinned("case-page-" + shape, statement);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void theTextSentIsRenderedOncePerShapeWithTheStatementsParameters(
      String shape, @Nullable CaseFilter filter, CaseSort sort) {
    Statement statement =
        CasePageQuery.page(filter, sort, 40, 20, words -> List.of("case-1"), c -> List.of());
    CasePageQuery.Prepared first =
        CasePageQuery.prepare(filter, sort, 40, 20, words -> List.of("case-1"), c -> List.of());
    CasePageQuery.Prepared again =
        CasePageQuery.prepare(filter, sort, 40, 20, words -> List.of("case-1"), c -> List.of());
    assertThat(first.cypher()).isEqualTo(Reads.cypher(statement)).isSameAs(again.cypher());
    // Every parameter of the text has its value (the anchor's key is sent even where unused).
    assertThat(first.parameters()).containsAllEntriesOf(statement.getCatalog().getParameters());
  }

  @Test
  void filtersOfOneShapeShareTheTextAndNotTheirValues() {
    CaseFilter als = and(fact(about(ALS)), age(40, null));
    CaseFilter emg = and(fact(about(EMG)), age(18, null));
    CasePageQuery.Prepared one =
        CasePageQuery.prepare(als, BY_AGE, 0, 20, w -> List.of(), c -> List.of());
    CasePageQuery.Prepared other =
        CasePageQuery.prepare(emg, BY_AGE, 0, 20, w -> List.of(), c -> List.of());
    assertThat(other.cypher()).isSameAs(one.cypher());
    assertThat(one.parameters()).containsValue("DOID:332").containsValue(40);
    assertThat(other.parameters()).containsValue("emg").containsValue(18);
    // Affirmed alone is counted from the concept; any other polarity is another shape.
    CaseFilter negated =
        fact(new FactFilter(ALS, null, null, null, List.of(Polarity.NEGATED), null, null, null));
    assertThat(
            CasePageQuery.prepare(
                    negated, CaseSort.NEWEST_FIRST, 0, 20, w -> List.of(), c -> List.of())
                .cypher())
        .isNotEqualTo(
            CasePageQuery.prepare(
                    fact(about(ALS)), CaseSort.NEWEST_FIRST, 0, 20, w -> List.of(), c -> List.of())
                .cypher());
  }

  @Test
  void everyValueIsAParameterNeverPartOfTheText() {
    String hostile = "x' }) DETACH DELETE c //";
    Statement statement =
        CasePageQuery.page(
            and(
                fact(new FactFilter(ALS, hostile, hostile, null, null, null, null, null)),
                sex(hostile)),
            CaseSort.NEWEST_FIRST,
            0,
            20,
            words -> List.of(),
            code -> List.of());
    assertThat(Reads.cypher(statement)).doesNotContain("DELETE").doesNotContain(hostile);
    assertThat(statement.getCatalog().getParameters().values()).contains(hostile);
  }

  @Test
  void refusesFiltersTooDeepOrTooLarge() {
    CaseFilter deep = sex("male");
    for (int i = 0; i <= CaseConditions.MAX_DEPTH; i++) {
      deep = not(deep);
    }
    CaseFilter tooDeep = deep;
    assertThatThrownBy(
            () ->
                CasePageQuery.page(
                    tooDeep, CaseSort.NEWEST_FIRST, 0, 1, w -> List.of(), c -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nest deeper");
    CaseFilter[] many = new CaseFilter[CaseConditions.MAX_CONDITIONS + 1];
    java.util.Arrays.fill(many, sex("male"));
    assertThatThrownBy(
            () ->
                CasePageQuery.page(
                    and(many), CaseSort.NEWEST_FIRST, 0, 1, w -> List.of(), c -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + CaseConditions.MAX_CONDITIONS);
  }
}
