package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Composable case filters and ordering, over the sample case and a few of our own. */
@KbAppTest
class CaseFilterTest {

  private static final String QUERY =
      """
      query($filter: CaseFilter, $orderBy: CaseOrder) {
        cases(filter: $filter, orderBy: $orderBy, first: 100) {
          totalCount
          edges { node { id patientAge } }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired CaseLoader loader;
  HttpGraphQlTester graphQl;
  String sample;

  @BeforeEach
  void setUp() throws Exception {
    graphQl = TestClients.graphQl(port);
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("kb/samples/cramp-fasciculation-syndrome.txt")) {
      sample =
          CaseLoader.caseId(
              CaseLoader.contentHash(
                  new Documents().fromBytes(in.readAllBytes(), null, null).text()));
    }
  }

  private List<String> ids(Map<String, Object> filter) {
    return graphQl
        .document(QUERY)
        .variable("filter", filter)
        .execute()
        .path("cases.edges[*].node.id")
        .entityList(String.class)
        .get();
  }

  @Test
  void shouldFindCasesWhereAnInvestigationRevealedAFinding() {
    Map<String, Object> emgShowedFasciculations =
        Map.of(
            "fact",
            Map.of(
                "concept", Map.of("kind", "SYMPTOM", "id", "HP:0002380"),
                "revealedBy", Map.of("kind", "INVESTIGATION", "id", "MESH:D004576")));

    assertThat(ids(emgShowedFasciculations)).contains(sample);
  }

  @Test
  void shouldTellAffirmedFromRuledOut() {
    assertThat(ids(Map.of("fact", Map.of("name", "muscle wasting")))).doesNotContain(sample);
    assertThat(
            ids(Map.of("fact", Map.of("name", "muscle wasting", "polarity", List.of("NEGATED")))))
        .contains(sample);
  }

  @Test
  void shouldCombineConditionsWithAndOrNot() {
    Map<String, Object> drug = Map.of("fact", Map.of("code", "DRUGBANK:DB00564"));
    Map<String, Object> age = Map.of("patientAge", Map.of("min", 40, "max", 50));
    Map<String, Object> woman = Map.of("patientSex", "female");

    assertThat(ids(Map.of("and", List.of(drug, age)))).contains(sample);
    assertThat(ids(Map.of("and", List.of(drug, woman)))).doesNotContain(sample);
    assertThat(ids(Map.of("or", List.of(drug, woman)))).contains(sample);
    assertThat(ids(Map.of("and", List.of(drug, Map.of("not", woman))))).contains(sample);
    assertThat(ids(Map.of("text", "carbamazepine"))).contains(sample);
  }

  @Test
  void shouldHoldEveryConditionOfTheFactAboutTheConceptTheSearchStartsFrom() {
    Map<String, Object> atrophy = Map.of("kind", "SYMPTOM", "id", "HP:0003202");

    assertThat(ids(Map.of("fact", Map.of("concept", atrophy)))).doesNotContain(sample);
    assertThat(ids(Map.of("fact", Map.of("concept", atrophy, "polarity", List.of("NEGATED")))))
        .contains(sample);
    assertThat(
            ids(
                Map.of(
                    "and",
                    List.of(
                        Map.of("patientSex", "male"),
                        Map.of(
                            "fact",
                            Map.of(
                                "concept",
                                atrophy,
                                "polarity",
                                List.of("NEGATED"),
                                "kind",
                                "DIAGNOSIS"))))))
        .doesNotContain(sample);
    assertThat(
            ids(
                Map.of(
                    "fact", Map.of("concept", atrophy, "polarity", List.of("NEGATED")),
                    "not",
                        Map.of(
                            "fact", Map.of("concept", atrophy, "polarity", List.of("NEGATED"))))))
        .isEmpty();
  }

  @Test
  void shouldCountEveryMatchOnAPagePastTheEnd() {
    String paged =
        """
        query($filter: CaseFilter, $after: String) {
          cases(filter: $filter, first: 1, after: $after) { totalCount edges { node { id } } }
        }
        """;
    Map<String, Object> fromAConcept =
        Map.of("fact", Map.of("concept", Map.of("kind", "SYMPTOM", "id", "HP:0002380")));
    Map<String, Object> everyCase = Map.of("patientAge", Map.of("min", 0));

    for (Map<String, Object> filter : List.of(fromAConcept, everyCase)) {
      int total =
          graphQl
              .document(QUERY)
              .variable("filter", filter)
              .execute()
              .path("cases.totalCount")
              .entity(Integer.class)
              .get();
      assertThat(total).isPositive();
      graphQl
          .document(paged)
          .variable("filter", filter)
          .variable("after", dev.kb.graphql.paging.Cursors.encode(total + 10))
          .execute()
          .path("cases.totalCount")
          .entity(Integer.class)
          .isEqualTo(total)
          .path("cases.edges")
          .entityList(Object.class)
          .hasSize(0);
    }
  }

  @Test
  void shouldListAConceptsCasesInImportOrderAsTheGeneralFilterDoes() {
    // Cases imported one at a time (each its own import time) and in one batch (one shared time,
    // so the ids break the tie); one rules the diagnosis out, one only suspects it. "Sarcoidosis of
    // the heart", not "cardiac sarcoidosis": that one is a diagnosis of its own (DOID:13405).
    for (String text :
        List.of(
            "A 34-year-old woman with sarcoidosis had a dry cough.",
            "A 51-year-old man was found to have sarcoidosis of the lung.",
            "A 29-year-old man had no sarcoidosis; tuberculosis was found.")) {
      loader.load(new Documents().fromString(text, null, null));
    }
    loader.loadAll(
        List.of(
            new Documents()
                .fromString("A 45-year-old woman had sarcoidosis of the heart.", null, null),
            new Documents()
                .fromString("A 60-year-old man had sarcoidosis and uveitis.", null, null),
            new Documents().fromString("A girl of 12 had sarcoidosis, likely.", null, null),
            new Documents()
                .fromString("A 38-year-old woman had sarcoidosis of the skin.", null, null)));
    Map<String, Object> byConcept =
        Map.of("fact", Map.of("concept", Map.of("kind", "DIAGNOSIS", "id", "MONDO:0019338")));
    // The same cases, found by name: no concept to start from, so every case is tested.
    Map<String, Object> byName = Map.of("fact", Map.of("name", "sarcoidosis", "kind", "DIAGNOSIS"));
    Map<String, Object> women = Map.of("patientSex", "female");

    for (String direction : List.of("DESC", "ASC")) {
      Map<String, Object> order = Map.of("field", "IMPORTED_AT", "direction", direction);
      assertThat(page(byConcept, order)).isEqualTo(page(byName, order));
      assertThat(page(Map.of("and", List.of(byConcept, women)), order))
          .isEqualTo(page(Map.of("and", List.of(byName, women)), order));
    }
    Map<String, Object> all = page(byConcept, Map.of("field", "IMPORTED_AT", "direction", "DESC"));
    assertThat(all.get("totalCount")).isEqualTo(6);
    // A condition on the concept itself, beside it.
    Map<String, Object> concept = Map.of("kind", "DIAGNOSIS", "id", "MONDO:0019338");
    assertThat(page(Map.of("fact", Map.of("concept", concept, "code", "mondo:0019338")), Map.of()))
        .isEqualTo(all);
    assertThat(page(Map.of("fact", Map.of("concept", concept, "code", "HP:0000001")), Map.of()))
        .isEqualTo(Map.of("totalCount", 0, "ids", List.of()));
    // Three women and a girl.
    assertThat(page(Map.of("and", List.of(byConcept, women)), Map.of()).get("totalCount"))
        .isEqualTo(4);

    // Page by page, the list is the same.
    List<String> oneByOne = new java.util.ArrayList<>();
    String after = null;
    do {
      var response =
          graphQl
              .document(
                  """
                  query($filter: CaseFilter, $after: String) {
                    cases(filter: $filter, first: 2, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
                  """)
              .variable("filter", byConcept)
              .variable("after", after)
              .execute();
      oneByOne.addAll(response.path("cases.edges[*].node.id").entityList(String.class).get());
      after =
          response.path("cases.pageInfo.hasNextPage").entity(Boolean.class).get()
              ? response.path("cases.pageInfo.endCursor").entity(String.class).get()
              : null;
    } while (after != null);
    assertThat(oneByOne).isEqualTo(all.get("ids"));
  }

  /** The ids of a filter's cases in an order, and their count. */
  private Map<String, Object> page(Map<String, Object> filter, Map<String, Object> orderBy) {
    var response =
        graphQl
            .document(QUERY)
            .variable("filter", filter)
            .variable("orderBy", orderBy.isEmpty() ? null : orderBy)
            .execute();
    return Map.of(
        "totalCount",
        response.path("cases.totalCount").entity(Integer.class).get(),
        "ids",
        response.path("cases.edges[*].node.id").entityList(String.class).get());
  }

  @Test
  void shouldOrderByPatientAge() {
    List<Integer> ages =
        graphQl
            .document(QUERY)
            .variable("orderBy", Map.of("field", "PATIENT_AGE", "direction", "ASC"))
            .variable("filter", Map.of("patientAge", Map.of("min", 0)))
            .execute()
            .path("cases.edges[*].node.patientAge")
            .entityList(Integer.class)
            .get();

    assertThat(ages).isNotEmpty().isSorted();
  }

  @Test
  void shouldRefuseAFilterNestedTooDeeply() {
    Map<String, Object> filter = Map.of("patientSex", "male");
    for (int i = 0; i < 8; i++) {
      filter = Map.of("not", filter);
    }

    graphQl
        .document(QUERY)
        .variable("filter", filter)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("filter").contains("6")));
  }
}
