package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Filters by a code a concept carries or lies under, bare or with its system, and what a search
 * says of words kb does not know, over two cases of our own read by the real extractor.
 */
@KbAppTest
class CodeHierarchyApiTest {

  private static final String CASES =
      """
      query($filter: CaseFilter) {
        cases(filter: $filter, first: 100) { edges { node { id } } }
      }
      """;

  @LocalServerPort int port;
  @Autowired CaseLoader loader;
  HttpGraphQlTester graphQl;
  String lung;
  String skin;

  @BeforeEach
  void setUp() {
    graphQl = TestClients.graphQl(port);
    lung =
        load(
            "A 61-year-old man who had smoked for forty years presented with cough and"
                + " haemoptysis. A chest CT showed a mass in the right upper lobe; biopsy confirmed"
                + " lung cancer. He was treated with cisplatin.");
    skin =
        load(
            "A 79-year-old woman presented with an ulcerated nodule on her scalp. Excision"
                + " showed squamous cell carcinoma. She had no fever.");
  }

  private String load(String text) {
    return loader
        .load(new Documents().fromBytes(text.getBytes(StandardCharsets.UTF_8), "test", null))
        .caseId();
  }

  private List<String> casesWith(Map<String, Object> fact) {
    return graphQl
        .document(CASES)
        .variable("filter", Map.of("fact", fact))
        .execute()
        .path("cases.edges[*].node.id")
        .entityList(String.class)
        .get();
  }

  @Test
  void shouldFindLungCancerByItsIcd10CategoryBareOrWithItsSystem() {
    assertThat(casesWith(Map.of("codeUnder", "C34"))).contains(lung).doesNotContain(skin);
    assertThat(casesWith(Map.of("codeUnder", "ICD10:C34"))).contains(lung).doesNotContain(skin);
    assertThat(casesWith(Map.of("codeUnder", "icd10:c34.9"))).contains(lung);
    // Lung cancer is coded ICD10:C34.90: the exact code finds it bare or prefixed, C34 does not.
    assertThat(casesWith(Map.of("code", "C34.90"))).contains(lung);
    assertThat(casesWith(Map.of("code", "ICD10:C34.90"))).contains(lung);
    assertThat(casesWith(Map.of("code", "C34"))).doesNotContain(lung);
  }

  @Test
  void shouldFindEveryCarcinomaAndEveryNeoplasmByTheirAncestorsCode() {
    // DOID:305 carcinoma is above squamous cell carcinoma (DOID:1749) and lung carcinoma.
    assertThat(casesWith(Map.of("codeUnder", "DOID:305"))).contains(skin);
    // DOID:162 cancer and MeSH Neoplasms (its tree number C04) are above both.
    assertThat(casesWith(Map.of("codeUnder", "DOID:162"))).contains(lung, skin);
    assertThat(casesWith(Map.of("codeUnder", "MESH:D009369"))).contains(lung, skin);
    assertThat(casesWith(Map.of("codeUnder", "MESHTREE:C04"))).contains(lung, skin);
    // The lung case's symptoms (cough, haemoptysis) lie under no cancer: only its diagnosis does.
    assertThat(casesWith(Map.of("codeUnder", "DOID:162", "kind", "SYMPTOM"))).doesNotContain(lung);
  }

  @Test
  void shouldCombineACodeUnderWithOtherConditions() {
    Map<String, Object> filter =
        Map.of(
            "and",
            List.of(
                Map.of("fact", Map.of("codeUnder", "DOID:162")), Map.of("patientSex", "female")));
    List<String> ids =
        graphQl
            .document(CASES)
            .variable("filter", filter)
            .execute()
            .path("cases.edges[*].node.id")
            .entityList(String.class)
            .get();
    assertThat(ids).contains(skin).doesNotContain(lung);
  }

  @Test
  void shouldListTheConceptsUnderACode() {
    List<String> names =
        graphQl
            .document("{ conceptsByCode(code: \"C34\", under: true) { name } }")
            .execute()
            .path("conceptsByCode[*].name")
            .entityList(String.class)
            .get();
    assertThat(names).contains("Lung cancer");
    graphQl
        .document("{ conceptsByCode(code: \"C34\") { name } }")
        .execute()
        .path("conceptsByCode[*].name")
        .entityList(String.class)
        .satisfies(exact -> assertThat(exact).doesNotContain("Lung cancer"));
  }

  @Test
  void shouldSayWhichWordsItDoesNotKnowAndWhatItKnowsButNoCaseHas() {
    String query =
        """
        query($q: String!) {
          search(query: $q) { unknownWords knownButAbsent { id name } concepts { concept { id } } }
        }
        """;
    // "heart attack" names Myocardial infarction: known, so no word is unknown; the concept is
    // a hit when some case has it, else known but absent, never both.
    var heartAttack = graphQl.document(query).variable("q", "heart attack").execute();
    heartAttack.path("search.unknownWords").entityList(String.class).hasSize(0);
    List<String> absent =
        heartAttack.path("search.knownButAbsent[*].id").entityList(String.class).get();
    List<String> found =
        heartAttack.path("search.concepts[*].concept.id").entityList(String.class).get();
    assertThat(absent.contains("MONDO:0005068")).isNotEqualTo(found.contains("MONDO:0005068"));
    graphQl
        .document(query)
        .variable("q", "lung cancer zqxwvy")
        .execute()
        .path("search.unknownWords")
        .entityList(String.class)
        .containsExactly("zqxwvy")
        .path("search.knownButAbsent[*].name")
        .entityList(String.class)
        .doesNotContain("Lung cancer")
        .path("search.concepts[*].concept.id")
        .entityList(String.class)
        .contains("MONDO:0008903");
  }
}
