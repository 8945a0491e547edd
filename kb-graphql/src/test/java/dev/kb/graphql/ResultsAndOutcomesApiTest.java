package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Investigation results and treatment outcomes, from the text through the graph to the API: on a
 * fact, on the relations between facts, and counted across cases for a diagnosis.
 */
@KbAppTest
class ResultsAndOutcomesApiTest {

  private static final String TEXT =
      """
      Gout with a good response to colchicine

      A 58-year-old man presented with a painful swollen knee. His C-reactive protein was
      elevated. The knee X-ray was normal. Gout was diagnosed. He was started on colchicine, and
      his symptoms resolved within three days.
      """;

  @LocalServerPort int port;
  private HttpGraphQlTester graphQl;
  private String caseId;

  @BeforeEach
  void importTheCase() {
    graphQl = TestClients.graphQl(port);
    caseId =
        TestClients.curator(port)
            .document(
                "mutation($text: String!) { importCase(input: {text: $text}) { case { id } } }")
            .variable("text", TEXT)
            .execute()
            .path("importCase.case.id")
            .entity(String.class)
            .get();
  }

  @AfterEach
  void deleteTheCase() {
    TestClients.curator(port)
        .document("mutation($id: ID!) { deleteCase(id: $id) { deleted } }")
        .variable("id", caseId)
        .executeAndVerify();
  }

  @Test
  void shouldGiveEachInvestigationTheResultTheTextStates() {
    List<Map<String, Object>> facts =
        graphQl
            .document(
                """
                query($id: ID!) {
                  case(id: $id) {
                    facts(kind: INVESTIGATION) { result evidence { matchedText } }
                  }
                }
                """)
            .variable("id", caseId)
            .execute()
            .path("case.facts")
            .entity(List.class)
            .get();

    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(matched(f)).containsIgnoringCase("C-reactive protein");
              assertThat(f.get("result")).isEqualTo("ABNORMAL");
            })
        .anySatisfy(
            f -> {
              assertThat(matched(f)).containsIgnoringCase("X-ray");
              assertThat(f.get("result")).isEqualTo("NORMAL");
            });
  }

  @Test
  void shouldLinkTheDrugToTheDiagnosisWithTheOutcome() {
    List<Map<String, Object>> relations =
        graphQl
            .document(
                """
                query($id: ID!) {
                  case(id: $id) {
                    facts(kind: DRUG) {
                      relations(type: TREATS) {
                        type outcome
                        from { concept { name } }
                        to { concept { name } }
                      }
                    }
                  }
                }
                """)
            .variable("id", caseId)
            .execute()
            .path("case.facts[*].relations[*]")
            .entity(List.class)
            .get();

    assertThat(relations)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("outcome")).isEqualTo("IMPROVED");
              assertThat(name(r, "from")).isEqualTo("Colchicine");
              assertThat(name(r, "to")).isEqualTo("Gout");
            });
  }

  @Test
  void shouldCountOutcomesAndResultsAcrossCasesForADiagnosis() {
    var response =
        graphQl
            .document(
                """
                {
                  conceptsByName(name: "gout", kind: DIAGNOSIS) {
                    ... on Diagnosis {
                      drugs(first: 5) { nodes { from { name } outcomes { outcome cases } } }
                      investigations(first: 5) {
                        nodes { investigation { name } cases abnormalCases normalCases }
                      }
                    }
                  }
                }
                """)
            .execute();

    List<Map<String, Object>> drugs =
        response.path("conceptsByName[0].drugs.nodes").entity(List.class).get();
    assertThat(drugs)
        .anySatisfy(
            d -> {
              assertThat(name(d, "from")).isEqualTo("Colchicine");
              assertThat(d.get("outcomes"))
                  .isEqualTo(List.of(Map.of("outcome", "IMPROVED", "cases", 1)));
            });
    List<Map<String, Object>> investigations =
        response.path("conceptsByName[0].investigations.nodes").entity(List.class).get();
    assertThat(investigations)
        .anySatisfy(
            i -> {
              assertThat(i.get("abnormalCases")).isEqualTo(1);
              assertThat(i.get("normalCases")).isEqualTo(0);
            })
        .anySatisfy(
            i -> {
              assertThat(i.get("abnormalCases")).isEqualTo(0);
              assertThat(i.get("normalCases")).isEqualTo(1);
            });
  }

  @SuppressWarnings("unchecked")
  private static String matched(Map<String, Object> fact) {
    return (String) ((Map<String, Object>) fact.get("evidence")).get("matchedText");
  }

  @SuppressWarnings("unchecked")
  private static String name(Map<String, Object> map, String key) {
    Map<String, Object> value = (Map<String, Object>) map.get(key);
    Object concept = value.containsKey("concept") ? value.get("concept") : value;
    return (String) ((Map<String, Object>) concept).get("name");
  }
}
