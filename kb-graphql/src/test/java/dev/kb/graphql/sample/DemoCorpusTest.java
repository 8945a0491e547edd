package dev.kb.graphql.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.DemoAppTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A first start imports the sample case and the demo corpus, names every case readably, and a later
 * start imports nothing again.
 */
@DemoAppTest
class DemoCorpusTest {

  @LocalServerPort int port;
  @Autowired SampleCases sampleCases;

  private HttpGraphQlTester graphQl() {
    return HttpGraphQlTester.create(
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port + "/graphql")
            .responseTimeout(Duration.ofSeconds(30))
            .build());
  }

  private int caseCount() {
    return graphQl()
        .document("{ cases(first: 1) { totalCount } }")
        .execute()
        .path("cases.totalCount")
        .entity(Integer.class)
        .get();
  }

  @Test
  void aFirstStartImportsTheSampleAndTheHundredDemoCases() {
    assertThat(caseCount()).isEqualTo(101);
    List<Map<String, Object>> demo =
        graphQl()
            .document(
                "{ cases(first: 100, filter: {text: \"presented\"}) { nodes { name source } } }")
            .execute()
            .path("cases.nodes")
            .entityList(new ParameterizedTypeReference<Map<String, Object>>() {})
            .get()
            .stream()
            .filter(c -> !"cramp-fasciculation-syndrome.txt".equals(c.get("source")))
            .toList();
    assertThat(demo).hasSizeGreaterThan(50);
    assertThat(demo)
        .allSatisfy(
            c -> {
              assertThat((String) c.get("source")).matches("PMID:\\d+");
              assertThat((String) c.get("name"))
                  .doesNotStartWith("case-")
                  .endsWith("(" + c.get("source") + ")");
            });
    // Most reports state the patient: their names say who it is, not only where it came from.
    assertThat(demo.stream().map(c -> (String) c.get("name")))
        .filteredOn(name -> name.matches("^(\\d+-year-old |Man|Woman|Boy|Girl).*"))
        .hasSizeGreaterThan(demo.size() * 3 / 4);
  }

  @Test
  void theSampleCaseIsNamedByItsTitle() {
    assertThat(
            graphQl()
                .document(
                    "{ cases(first: 10, filter: {text: \"twitches\"}) { nodes { name title } } }")
                .execute()
                .path("cases.nodes[*].name")
                .entityList(String.class)
                .get())
        .contains("The muscle twitches badly");
  }

  @Test
  void aLaterStartImportsNothingAgain() {
    int before = caseCount();
    sampleCases.afterSingletonsInstantiated();
    assertThat(caseCount()).isEqualTo(before);
  }
}
