package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.casereport.CaseReports;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@KbAppTest
class SampleCaseApiTest {

  @LocalServerPort int port;
  @Autowired CaseReports caseReports;
  @Autowired CaseLoader loader;
  @Autowired Driver driver;

  HttpGraphQlTester graphQl;

  @BeforeEach
  void client() {
    graphQl = TestClients.graphQl(port);
  }

  @Test
  void shouldServeTheSampleCaseWithFactsOfEveryKindAndEvidenceOnTheRightWords() {
    String id = sampleCaseId();

    Map<String, Object> kase =
        graphQl
            .documentName("caseWithFacts")
            .variable("id", id)
            .execute()
            .path("case")
            .entity(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
            .get();

    String text = (String) kase.get("text");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> facts = (List<Map<String, Object>>) kase.get("facts");
    Set<Object> kinds = facts.stream().map(f -> f.get("kind")).collect(Collectors.toSet());
    assertThat(kinds).contains("SYMPTOM", "INVESTIGATION", "DIAGNOSIS", "DRUG");
    for (Map<String, Object> fact : facts) {
      @SuppressWarnings("unchecked")
      Map<String, Object> evidence = (Map<String, Object>) fact.get("evidence");
      int start = (Integer) evidence.get("start");
      int end = (Integer) evidence.get("end");
      assertThat(text.substring(start, end)).isEqualTo(evidence.get("matchedText"));
      assertThat((String) evidence.get("sentence")).contains((String) evidence.get("matchedText"));
    }
    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(f.get("kind")).isEqualTo("DRUG");
              assertThat(matched(f)).isEqualToIgnoringCase("carbamazepine");
            })
        .anySatisfy(
            f -> {
              // The drowsiness the drug caused: a side effect when the classifier is sure enough
              // for the link to count, else the symptom it is, with its weaker link beside it.
              assertThat(matched(f)).containsIgnoringCase("drowsiness");
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> relations = (List<Map<String, Object>>) f.get("relations");
              assertThat(relations)
                  .anySatisfy(
                      r -> {
                        assertThat(r.get("type")).isEqualTo("CAUSES");
                        assertThat(((Number) r.get("confidence")).doubleValue())
                            .isBetween(0.4, 1.0);
                        assertThat(f.get("kind"))
                            .isEqualTo(
                                Boolean.TRUE.equals(r.get("counted")) ? "SIDE_EFFECT" : "SYMPTOM");
                      });
            })
        .anySatisfy(
            f -> {
              assertThat(matched(f)).containsIgnoringCase("muscle wasting");
              assertThat(f.get("polarity")).isEqualTo("NEGATED");
            });
  }

  @Test
  void shouldNotDuplicateACaseOrItsConceptsWhenTheSameTextIsImportedAgain() throws IOException {
    sampleCaseId();
    long cases = caseReports.count();
    long concepts = count("MATCH (k:Concept) RETURN count(k)");
    long facts = count("MATCH (f:Fact) RETURN count(f)");

    ImportOutcome again = loader.load(new Documents().fromBytes(sampleBytes(), "again.txt", null));

    assertThat(again.status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
    assertThat(caseReports.count()).isEqualTo(cases);
    assertThat(count("MATCH (k:Concept) RETURN count(k)")).isEqualTo(concepts);
    assertThat(count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(facts);
  }

  @Test
  void shouldPageThroughCasesWithCursors() {
    graphQl
        .documentName("casesPage")
        .variable("first", 1)
        .execute()
        .path("cases.totalCount")
        .entity(Integer.class)
        .satisfies(total -> assertThat(total).isPositive())
        .path("cases.edges")
        .entityList(Object.class)
        .hasSize(1)
        .path("cases.pageInfo.hasPreviousPage")
        .entity(Boolean.class)
        .isEqualTo(false);
  }

  @Test
  void shouldRefuseAPageLargerThanTheLimitWithAClearError() {
    graphQl
        .documentName("casesPage")
        .variable("first", 5000)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(
                        e -> {
                          assertThat(e.getMessage()).contains("first").contains("100");
                          assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                        }));
  }

  @Test
  void shouldRefuseAForgedCursor() {
    graphQl
        .documentName("casesPage")
        .variable("after", "not-a-cursor")
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .extracting(e -> e.getMessage())
                    .asString()
                    .contains("after"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldListConceptsOfAKindWithTheCasesTheyAppearIn() {
    String id = sampleCaseId();
    List<Map<String, Object>> drugs =
        graphQl
            .documentName("conceptsOfKind")
            .variable("kind", "DRUG")
            .execute()
            .path("concepts.edges[*].node")
            .entity(
                new org.springframework.core.ParameterizedTypeReference<
                    List<Map<String, Object>>>() {})
            .get();

    assertThat(drugs)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.get("__typename")).isEqualTo("Drug"));
    assertThat(drugs)
        .filteredOn(d -> "Carbamazepine".equals(d.get("name")))
        .singleElement()
        .satisfies(
            d -> {
              Map<String, Object> cases = (Map<String, Object>) d.get("cases");
              assertThat((Integer) d.get("caseCount"))
                  .isPositive()
                  .isEqualTo(cases.get("totalCount"));
              assertThat((List<Object>) cases.get("nodes")).contains(Map.of("id", id));
            });
  }

  @Test
  void shouldAnswerNullForAnUnknownCase() {
    graphQl
        .documentName("caseWithFacts")
        .variable("id", "case-0000000000000000")
        .execute()
        .errors()
        .verify()
        .path("case")
        .valueIsNull();
  }

  private static String matched(Map<String, Object> fact) {
    @SuppressWarnings("unchecked")
    Map<String, Object> evidence = (Map<String, Object>) fact.get("evidence");
    return (String) evidence.get("matchedText");
  }

  private String sampleCaseId() {
    try {
      return CaseLoader.caseId(
          CaseLoader.contentHash(new Documents().fromBytes(sampleBytes(), null, null).text()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sampleBytes() throws IOException {
    try (InputStream in =
        SampleCaseApiTest.class
            .getClassLoader()
            .getResourceAsStream("kb/samples/cramp-fasciculation-syndrome.txt")) {
      return in.readAllBytes();
    }
  }

  private long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
  }
}
