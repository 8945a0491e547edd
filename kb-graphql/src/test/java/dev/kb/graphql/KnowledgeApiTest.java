package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Cross-case questions, search and look-ups over the sample case. */
@KbAppTest
class KnowledgeApiTest {

  @LocalServerPort int port;
  HttpGraphQlTester graphQl;

  @BeforeEach
  void client() {
    graphQl = TestClients.graphQl(port);
  }

  @Test
  void shouldFindFasciculationsByTheLayTermTwitching() {
    graphQl
        .documentName("search")
        .variable("query", "twitching")
        .execute()
        .path("search.concepts[0].concept.name")
        .entity(String.class)
        .isEqualTo("Fasciculations")
        .path("search.concepts[0].matchedBy")
        .entity(String.class)
        .isEqualTo("SYNONYM");
  }

  @Test
  void shouldToleratASpellingMistake() {
    graphQl
        .documentName("search")
        .variable("query", "fasciculatons")
        .execute()
        .path("search.concepts[*].concept.name")
        .entityList(String.class)
        .contains("Fasciculations");
  }

  @Test
  void shouldFindCasesByTheirWords() {
    graphQl
        .documentName("search")
        .variable("query", "carbamazepine drowsiness")
        .execute()
        .path("search.cases[0].case.title")
        .entity(String.class)
        .isEqualTo("The muscle twitches badly");
  }

  @Test
  void shouldLookUpConceptsByCodeInAnySystemAndByName() {
    graphQl
        .document("{ conceptsByCode(code: \"G71.8\") { name } }")
        .execute()
        .path("conceptsByCode[*].name")
        .entityList(String.class)
        .contains("Cramp-fasciculation syndrome");
    graphQl
        .document("{ conceptsByName(name: \"muscle twitching\", kind: SYMPTOM) { id } }")
        .execute()
        .path("conceptsByName[*].id")
        .entityList(String.class)
        .containsExactly("HP:0002380");
  }

  @Test
  void shouldCountSymptomsPresentAndAbsentForADiagnosis() {
    var response =
        graphQl.documentName("diagnosisKnowledge").variable("id", "MONDO:0035586").execute();

    List<Map<String, Object>> symptoms = response.path("concept.symptoms").entity(List.class).get();
    assertThat(symptoms)
        .anySatisfy(
            s -> {
              assertThat(name(s, "to")).isEqualTo("Fasciculations");
              assertThat((Integer) s.get("cases")).isPositive();
            })
        .anySatisfy(
            s -> {
              assertThat(name(s, "to")).isEqualTo("Skeletal muscle atrophy");
              assertThat((Integer) s.get("absentCases")).isPositive();
              assertThat((Integer) s.get("cases")).isZero();
            });
    response
        .path("concept.drugs[*].from.name")
        .entityList(String.class)
        .contains("Carbamazepine")
        .path("concept.investigations[*].investigation.name")
        .entityList(String.class)
        .contains("Electromyography");
  }

  @Test
  void shouldReportADrugsSideEffectsWithCountsAndEvidence() {
    var response =
        graphQl.documentName("drugSideEffects").variable("id", "DRUGBANK:DB00564").execute();

    response
        .path("concept.treats[*].to.name")
        .entityList(String.class)
        .contains("Cramp-fasciculation syndrome");
    List<Map<String, Object>> signals =
        response.path("concept.sideEffects").entity(List.class).get();
    assertThat(signals)
        .anySatisfy(
            s -> {
              assertThat(name(s, "sideEffect")).isEqualTo("Somnolence");
              assertThat((Integer) s.get("a")).isPositive();
              assertThat((Integer) s.get("b") + (Integer) s.get("c") + (Integer) s.get("d"))
                  .isNotNegative();
            });
    response
        .path("concept.sideEffects[*].edge.evidence[*].to.evidence.sentence")
        .entityList(String.class)
        .satisfies(
            sentences ->
                assertThat(sentences).anySatisfy(s -> assertThat(s).contains("drowsiness")));
  }

  @Test
  void shouldConnectCarbamazepineToFasciculations() {
    graphQl
        .documentName("paths")
        .variable("from", Map.of("kind", "DRUG", "id", "DRUGBANK:DB00564"))
        .variable("to", Map.of("kind", "SYMPTOM", "id", "HP:0002380"))
        .execute()
        .path("paths[0].length")
        .entity(Integer.class)
        .isEqualTo(2)
        .path("paths[0].concepts[*].name")
        .entityList(String.class)
        .containsExactly("Carbamazepine", "Cramp-fasciculation syndrome", "Fasciculations");
  }

  @SuppressWarnings("unchecked")
  private static String name(Map<String, Object> row, String field) {
    return (String) ((Map<String, Object>) row.get(field)).get("name");
  }
}
