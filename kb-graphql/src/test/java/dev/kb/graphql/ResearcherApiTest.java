package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The researcher questions of issue 15 that used to need a loop or aliases: signals across all
 * drugs, ranked, and counts by sex and age band, over seven short cases imported here, on a store
 * of their own (no sample, no demo corpus), so that every number can be worked out by hand.
 *
 * <p>The cases, as the extractor reads them (all links above the minimum):
 *
 * <pre>
 * 1 woman 72  lisinopril → cough (and a second, negated lisinopril → cough)
 * 2 man   66  lisinopril, a negated lisinopril → angioedema
 * 3 man   30  carbamazepine → rash, carbamazepine treats epilepsy
 * 4 girl  12  cough, fever
 * 5 woman ?   sumatriptan treats migraine
 * 6 man   58  amoxicillin → rash
 * 7 woman 45  carbamazepine treats trigeminal neuralgia
 * </pre>
 *
 * so that, of 7 cases, lisinopril is affirmed in 2, carbamazepine in 2, amoxicillin in 1, cough in
 * 2 and rash in 2.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kb.data-dir=target/test-data/researcher-${random.uuid}",
      "kb.samples.import-on-first-start=false",
      "kb.samples.demo-corpus=false",
      "kb.export.max-rows=20"
    })
@Import(RoundTrips.class)
class ResearcherApiTest {

  static final List<String> TEXTS =
      List.of(
          "A 72-year-old woman with hypertension was started on lisinopril. Two weeks later she"
              + " developed a dry cough, which was attributed to lisinopril. The cough resolved"
              + " after lisinopril was stopped.",
          "A 66-year-old man with hypertension was treated with lisinopril. He developed"
              + " angioedema of the lips caused by lisinopril, and the drug was withdrawn.",
          "A 30-year-old man with epilepsy was given carbamazepine. One week later he developed a"
              + " rash induced by carbamazepine.",
          "A 12-year-old girl presented with a cough and fever. A chest X-ray was normal.",
          "A woman with migraine was treated with sumatriptan, and the headache improved.",
          "A 58-year-old man developed a rash caused by amoxicillin.",
          "A 45-year-old woman with trigeminal neuralgia was treated with carbamazepine.");

  /** The sixth case's title: a comma and quotes, for the CSV quoting. */
  static final String QUOTED_TITLE = "Rash, \"drug-induced\"";

  static final String SIGNALS =
      """
      query($orderBy: SignalOrder, $minCases: Int = 1, $first: Int = 20, $after: String) {
        sideEffectSignals(orderBy: $orderBy, minCases: $minCases, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { drug { name } sideEffect { name } a b c d prr ror }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired CaseLoader loader;
  HttpGraphQlTester graphQl;

  @BeforeEach
  void setUp() {
    graphQl = TestClients.graphQl(port);
    for (int i = 0; i < TEXTS.size(); i++) {
      // Importing a text again is a no-op: the same id.
      loader.load(
          new Documents()
              .fromString(TEXTS.get(i), "test:" + (i + 1), i == 5 ? QUOTED_TITLE : null));
    }
  }

  private static Map<String, Object> signal(
      String drug, String sideEffect, int a, int b, int c, int d, Double prr, Double ror) {
    Map<String, Object> row = new HashMap<>();
    row.put("drug", Map.of("name", drug));
    row.put("sideEffect", Map.of("name", sideEffect));
    row.put("a", a);
    row.put("b", b);
    row.put("c", c);
    row.put("d", d);
    row.put("prr", prr);
    row.put("ror", ror);
    return row;
  }

  // Amoxicillin → rash: a 1, b 0 (its only case blames it), c 1 (case 3), d 5: PRR (1/1)/(1/6).
  static final Map<String, Object> AMOXICILLIN_RASH =
      signal("Amoxicillin", "Rash", 1, 0, 1, 5, 6.0, null);
  // Carbamazepine → rash: a 1, b 1 (case 7), c 1 (case 6), d 4: PRR (1/2)/(1/5), ROR 4/1.
  static final Map<String, Object> CARBAMAZEPINE_RASH =
      signal("Carbamazepine", "Rash", 1, 1, 1, 4, 2.5, 4.0);
  // Lisinopril → cough: a 1, b 1 (case 2), c 1 (case 4), d 4.
  static final Map<String, Object> LISINOPRIL_COUGH =
      signal("Lisinopril", "Cough", 1, 1, 1, 4, 2.5, 4.0);

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> signals(Map<String, Object> variables) {
    var request = graphQl.document(SIGNALS);
    for (var variable : variables.entrySet()) {
      request = request.variable(variable.getKey(), variable.getValue());
    }
    return request.execute().path("sideEffectSignals.nodes").entity(List.class).get();
  }

  @Test
  void shouldRankSignalsAcrossAllDrugsByPrrWithUndefinedOnesLast() {
    List<Map<String, Object>> ranked = signals(Map.of());

    assertThat(ranked.subList(0, 3))
        // PRR ties go to the drug id: carbamazepine DB00564 before lisinopril DB00722.
        .containsExactly(AMOXICILLIN_RASH, CARBAMAZEPINE_RASH, LISINOPRIL_COUGH);
    assertThat(ranked.subList(3, ranked.size()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.get("prr")).isNull());
    graphQl
        .document(SIGNALS)
        .execute()
        .path("sideEffectSignals.totalCount")
        .entity(Integer.class)
        .isEqualTo(ranked.size());
  }

  @Test
  void shouldRankByRorOrCasesEitherWay() {
    List<Map<String, Object>> byRor = signals(Map.of("orderBy", Map.of("field", "ROR")));
    assertThat(byRor.subList(0, 2)).containsExactly(CARBAMAZEPINE_RASH, LISINOPRIL_COUGH);
    assertThat(byRor.subList(2, byRor.size())).allSatisfy(s -> assertThat(s.get("ror")).isNull());

    List<Map<String, Object>> ascending =
        signals(Map.of("orderBy", Map.of("field", "PRR", "direction", "ASC")));
    assertThat(ascending.subList(0, 3))
        .containsExactly(CARBAMAZEPINE_RASH, LISINOPRIL_COUGH, AMOXICILLIN_RASH);

    List<Map<String, Object>> byCases = signals(Map.of("orderBy", Map.of("field", "CASES")));
    assertThat(byCases)
        .hasSameSizeAs(ascending)
        .allSatisfy(s -> assertThat(s.get("a")).isEqualTo(1));
  }

  @Test
  void shouldLeaveOutSignalsWithFewerCasesThanTheMinimum() {
    graphQl
        .document(SIGNALS)
        .variable("minCases", 2)
        .execute()
        .path("sideEffectSignals.totalCount")
        .entity(Integer.class)
        .isEqualTo(0)
        .path("sideEffectSignals.nodes")
        .entityList(Object.class)
        .hasSize(0);
    graphQl
        .document(SIGNALS)
        .variable("minCases", 0)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("minCases")));
  }

  @Test
  void shouldPageSignalsWithCursors() {
    List<Map<String, Object>> all = signals(Map.of());
    var first = graphQl.document(SIGNALS).variable("first", 2).execute();
    first.path("sideEffectSignals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    String cursor = first.path("sideEffectSignals.pageInfo.endCursor").entity(String.class).get();

    assertThat(signals(Map.of("first", 2, "after", cursor)))
        .isEqualTo(all.subList(2, Math.min(4, all.size())));
  }

  @Test
  void shouldReachEachSignalsEvidenceAndConfidenceIntervals() {
    var response =
        graphQl
            .document(
                """
                { sideEffectSignals(first: 1) { nodes {
                    drug { id } sideEffect { id } prr
                    prrInterval { lower upper } rorInterval { lower upper }
                    edge { cases evidence { totalCount nodes {
                      case { source } to { evidence { matchedText } } } } } } } }
                """)
            .execute();
    response
        .path("sideEffectSignals.nodes[0].drug.id")
        .entity(String.class)
        .isEqualTo("DRUGBANK:DB01060");
    response
        .path("sideEffectSignals.nodes[0].edge.evidence.nodes[*].case.source")
        .entityList(String.class)
        .containsExactly("test:6");
    response
        .path("sideEffectSignals.nodes[0].edge.evidence.nodes[0].to.evidence.matchedText")
        .entity(String.class)
        .isEqualTo("rash");
    // exp(ln 6 ± 1.96·√(1/1 − 1/1 + 1/1 − 1/6)); no ROR, so no interval.
    response
        .path("sideEffectSignals.nodes[0].prrInterval.lower")
        .entity(Double.class)
        .satisfies(lower -> assertThat(lower).isCloseTo(1.0027, within(1e-3)));
    response
        .path("sideEffectSignals.nodes[0].prrInterval.upper")
        .entity(Double.class)
        .satisfies(upper -> assertThat(upper).isCloseTo(35.90, within(1e-2)));
    response.path("sideEffectSignals.nodes[0].rorInterval").valueIsNull();
  }

  @Test
  void shouldStayUnderTheQueryLimitsWithDefaultArguments() {
    graphQl
        .document(
            """
            { sideEffectSignals { totalCount nodes {
                drug { id name codes } sideEffect { id name codes } a b c d prr ror
                prrInterval { lower upper } rorInterval { lower upper }
                edge { cases allCases evidence { totalCount nodes {
                  case { id title } from { evidence { sentence } } to { evidence { sentence } } } } }
              } }
              caseStatistics { total bySex { sex cases } byAgeBand { band from to cases } } }
            """)
        .execute()
        .errors()
        .verify();
  }

  /** The statistics of a filter, and the case list's count of it. */
  record Counted(Map<String, Object> statistics, int listed) {}

  @SuppressWarnings("unchecked")
  private Counted statistics(Map<String, Object> filter) {
    var response =
        graphQl
            .document(
                """
            query($filter: CaseFilter) {
              caseStatistics(filter: $filter) {
                total bySex { sex cases } byAgeBand { band from to cases } }
              cases(filter: $filter) { totalCount }
            }
            """)
            .variable("filter", filter)
            .execute();
    return new Counted(
        response.path("caseStatistics").entity(Map.class).get(),
        response.path("cases.totalCount").entity(Integer.class).get());
  }

  private static Map<String, Object> band(String band, Integer from, Integer to, int cases) {
    Map<String, Object> row = new HashMap<>();
    row.put("band", band);
    row.put("from", from);
    row.put("to", to);
    row.put("cases", cases);
    return row;
  }

  private static Map<String, Object> sex(String sex, int cases) {
    Map<String, Object> row = new HashMap<>();
    row.put("sex", sex);
    row.put("cases", cases);
    return row;
  }

  @Test
  void shouldCountAllCasesBySexAndAgeBand() {
    Map<?, ?> all =
        graphQl
            .document(
                "{ caseStatistics { total bySex { sex cases }"
                    + " byAgeBand { band from to cases } } }")
            .execute()
            .path("caseStatistics")
            .entity(Map.class)
            .get();
    assertThat(all.get("total")).isEqualTo(7);
    assertThat(all.get("bySex")).isEqualTo(List.of(sex("male", 3), sex("female", 4), sex(null, 0)));
    assertThat(all.get("byAgeBand"))
        .isEqualTo(
            List.of(
                band("0-17", 0, 17, 1),
                band("18-39", 18, 39, 1),
                band("40-64", 40, 64, 2),
                band("65+", 65, null, 2),
                band("unknown", null, null, 1)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCountTheCasesOfAnyFilterAsTheCaseListCountsThem() {
    // From a concept (the index walk), by words of the text, and by conditions on every case.
    Map<String, Object> lisinopril =
        Map.of("fact", Map.of("concept", Map.of("kind", "DRUG", "id", "DRUGBANK:DB00722")));
    Map<String, Object> rash = Map.of("text", "rash");
    Map<String, Object> adultWomen =
        Map.of("not", Map.of("patientSex", "male"), "patientAge", Map.of("min", 18));
    Map<String, Object> lisinoprilOrAmoxicillin =
        Map.of(
            "and",
            List.of(
                Map.of("or", List.of(lisinopril, Map.of("fact", Map.of("name", "amoxicillin"))))),
            "patientAge",
            Map.of("min", 60));

    Map<String, Object> counted = statistics(lisinopril).statistics();
    assertThat(counted.get("total")).isEqualTo(2);
    assertThat(counted.get("bySex"))
        .isEqualTo(List.of(sex("male", 1), sex("female", 1), sex(null, 0)));
    assertThat((List<Map<String, Object>>) counted.get("byAgeBand"))
        .filteredOn(b -> (Integer) b.get("cases") > 0)
        .containsExactly(band("65+", 65, null, 2));

    for (var filter : List.of(rash, adultWomen, lisinoprilOrAmoxicillin)) {
      Counted both = statistics(filter);
      assertThat(both.statistics().get("total")).as("%s", filter).isEqualTo(both.listed());
    }
    assertThat(total(rash)).isEqualTo(2); // cases 3 and 6
    assertThat(total(adultWomen)).isEqualTo(2); // cases 1 and 7; case 5 states no age
    assertThat(total(lisinoprilOrAmoxicillin)).isEqualTo(2); // cases 1 and 2; case 6 is 58
  }

  private Object total(Map<String, Object> filter) {
    return statistics(filter).statistics().get("total");
  }
}
