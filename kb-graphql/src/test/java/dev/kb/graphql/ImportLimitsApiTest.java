package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.casereport.CaseReports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Curators' imports cannot hold the server: a text that gives more facts than a case may have is
 * refused with nothing written, and while such imports run, reads are answered at once.
 */
@KbAppTest
class ImportLimitsApiTest {

  static final String IMPORT =
      """
      mutation($text: String!) {
        importCase(input: {text: $text, source: "limits-test"}) { status case { id } }
      }
      """;

  /** 1.98 MB written as one sentence of 220,000 findings: once minutes of one core per request. */
  static final String ONE_SENTENCE_OF_FINDINGS = "headache ".repeat(220_000);

  @LocalServerPort int port;
  @Autowired CaseReports cases;

  static List<ResponseError> importErrors(HttpGraphQlTester curator, String text) {
    List<ResponseError> errors = new ArrayList<>();
    curator.document(IMPORT).variable("text", text).execute().errors().satisfy(errors::addAll);
    return errors;
  }

  @Test
  void shouldAnswerReadsWithinASecondWhileTwoPathologicalImportsRunAndWriteNothingOfThem()
      throws Exception {
    long casesBefore = cases.page(0, 1).totalCount();
    HttpGraphQlTester curator = TestClients.curator(port);
    HttpGraphQlTester reader = TestClients.graphQl(port);
    reader.document("{ __typename }").execute().path("__typename").entity(String.class).get();

    List<CompletableFuture<List<ResponseError>>> imports = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String text = ONE_SENTENCE_OF_FINDINGS + i; // two texts, so neither is the other's duplicate
      imports.add(CompletableFuture.supplyAsync(() -> importErrors(curator, text)));
    }
    List<Long> millis = new ArrayList<>();
    while (!imports.stream().allMatch(CompletableFuture::isDone)) {
      long started = System.nanoTime();
      reader.document("{ __typename }").execute().path("__typename").entity(String.class).get();
      millis.add((System.nanoTime() - started) / 1_000_000);
      Thread.sleep(20);
    }

    System.out.println("{ __typename } during two pathological imports, ms: " + millis);
    assertThat(millis).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
    for (CompletableFuture<List<ResponseError>> done : imports) {
      assertThat(done.get(1, TimeUnit.SECONDS))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(e.getMessage())
                    .contains("the text gives 220,000 facts, over the limit of 2,000 per case")
                    .contains("nothing was written");
              });
    }
    assertThat(cases.page(0, 1).totalCount()).isEqualTo(casesBefore);
  }
}
