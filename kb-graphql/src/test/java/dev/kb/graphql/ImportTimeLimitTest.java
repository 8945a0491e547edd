package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.casereport.CaseReports;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The request's time limit ends an import too, and nothing of it is committed after the answer; an
 * import past the pool's queue is refused at once. An application of its own, with a short time
 * limit and no queue.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kb.data-dir=target/test-data/app-${random.uuid}",
      "kb.security.curator.username=" + KbAppTest.CURATOR,
      "kb.security.curator.password=" + KbAppTest.PASSWORD,
      "kb.graphql.limits.timeout=1s",
      "kb.import.threads=1",
      "kb.import.queue=0"
    })
@Import(RoundTrips.class)
class ImportTimeLimitTest {

  @LocalServerPort int port;
  @Autowired CaseReports cases;
  @Autowired MeterRegistry meters;

  /** Just under 2 MB of drugs and findings in one sentence: about 2 s to read here, over 1 s. */
  static final String SLOW_TEXT =
      "the patient was given aspirin and developed a rash, ".repeat(38_000);

  @Test
  void shouldGiveUpAnImportAtTheRequestsTimeLimitAndNeverCommitItAfterwards() throws Exception {
    long casesBefore = cases.page(0, 1).totalCount();

    List<ResponseError> errors = importOnceTheThreadIsFree(SLOW_TEXT);

    assertThat(errors)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .containsAnyOf("request's time limit", "longer than its budget")
                    .contains("nothing was written"));
    // Had the work gone on after the answer, the case would appear now.
    Thread.sleep(2_000);
    assertThat(cases.page(0, 1).totalCount()).isEqualTo(casesBefore);
  }

  @Test
  void shouldRefuseAnImportAtOnceWhenTheImportThreadIsBusyAndNothingWaits() throws Exception {
    HttpGraphQlTester curator = TestClients.curator(port);
    CompletableFuture<List<ResponseError>> slow =
        CompletableFuture.supplyAsync(() -> ImportLimitsApiTest.importErrors(curator, SLOW_TEXT));
    awaitRunningImports(1);

    long started = System.nanoTime();
    List<ResponseError> refused =
        ImportLimitsApiTest.importErrors(curator, "A man had a fever and a cough.");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(refused)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getErrorType().toString()).isEqualTo("ExecutionAborted");
              assertThat(e.getMessage())
                  .contains("busy with other imports")
                  .contains("nothing was written");
            });
    assertThat(millis).isLessThan(1_000);
    assertThat(slow.get(10, TimeUnit.SECONDS)).isNotEmpty();

    // The given-up import's work stops with its answer: the thread is soon free again.
    long answered = System.nanoTime();
    assertThat(isBusy(importOnceTheThreadIsFree("A woman had a rash."))).isFalse();
    assertThat((System.nanoTime() - answered) / 1_000_000).isLessThan(1_500);
  }

  /**
   * Imports {@code text}, trying again every 20 ms for up to 5 s while the import thread is busy.
   */
  private List<ResponseError> importOnceTheThreadIsFree(String text) throws InterruptedException {
    HttpGraphQlTester curator = TestClients.curator(port);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      List<ResponseError> errors = ImportLimitsApiTest.importErrors(curator, text);
      if (!isBusy(errors) || System.nanoTime() > until) {
        return errors;
      }
      Thread.sleep(20);
    }
  }

  /** Waits until the import pool's meter shows {@code count} imports running. */
  private void awaitRunningImports(int count) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (meters.get("executor.active").tag("name", "kb.import").gauge().value() != count) {
      assertThat(System.nanoTime()).as("time waiting for a running import").isLessThan(until);
      Thread.sleep(5);
    }
  }

  private static boolean isBusy(List<ResponseError> errors) {
    return errors.size() == 1 && errors.getFirst().getMessage().contains("busy with other imports");
  }
}
