package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.graph.Failures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The writer's transactions against a real embedded Neo4j: a transaction that fails transiently is
 * rolled back and tried again, one the database refuses is not, and the retries end with the retry
 * time.
 */
class GraphWriterTest {

  private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

  @TempDir static Path dataDir;
  static EmbeddedNeo4j neo4j;
  static Driver driver;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(dataDir, 0);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  @BeforeEach
  void emptyGraph() {
    driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
  }

  @Test
  void shouldRollBackATransientlyFailedTransactionAndCommitTheNextAttemptOnce() {
    GraphWriter graph = GraphWriter.over(driver);
    AtomicInteger attempts = new AtomicInteger();

    long written =
        graph.write(
            null,
            client -> {
              client.query("CREATE (:Probe)").run();
              if (attempts.incrementAndGet() == 1) {
                throw new TransientException(DEADLOCK, "a deadlock, as Neo4j reports one");
              }
              return client
                  .query("MATCH (p:Probe) RETURN count(p)")
                  .fetchAs(Long.class)
                  .one()
                  .orElseThrow();
            });

    assertThat(attempts).hasValue(2);
    assertThat(written).as("the first attempt's node was rolled back").isEqualTo(1);
    assertThat(probes()).isEqualTo(1);
  }

  @Test
  void shouldNotTryAgainWhatTheDatabaseRefusesAndKeepTheDriversMessage() {
    GraphWriter graph = GraphWriter.over(driver);
    AtomicInteger attempts = new AtomicInteger();

    RuntimeException failure =
        catchRuntimeException(
            () ->
                graph.write(
                    null,
                    client -> {
                      attempts.incrementAndGet();
                      client.query("CREATE (:Probe)").run();
                      return client.query("RETURN $missing").fetch().one();
                    }));

    assertThat(attempts).hasValue(1);
    assertThat(Failures.isTransient(failure)).isFalse();
    ClientException refusal = GraphWriter.refusal(failure);
    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage()).contains("missing");
    assertThat(failure.getMessage()).contains(refusal.getMessage());
    assertThat(probes()).isZero();
  }

  @Test
  void shouldStopTryingAgainOnceTheRetryTimeIsOver() {
    GraphWriter graph = GraphWriter.over(driver, Duration.ofMillis(300));
    AtomicInteger attempts = new AtomicInteger();
    long started = System.nanoTime();

    RuntimeException failure =
        catchRuntimeException(
            () ->
                graph.write(
                    null,
                    client -> {
                      attempts.incrementAndGet();
                      throw new TransientException(DEADLOCK, "deadlocked again");
                    }));

    assertThat(failure).isInstanceOf(TransientException.class).hasMessage("deadlocked again");
    assertThat(attempts.get()).as("quick attempts first").isGreaterThan(3);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldCallTranslatedAndWrappedRetryableFailuresTransient() {
    TransientException deadlock = new TransientException(DEADLOCK, "deadlock");
    ClientException refused = new ClientException("Neo.ClientError.Statement.SyntaxError", "no");

    assertThat(Failures.isTransient(new TransactionSystemException("commit", deadlock))).isTrue();
    assertThat(Failures.isTransient(new TransientDataAccessResourceException("translated")))
        .isTrue();
    assertThat(GraphWriter.refusal(deadlock)).isNull();
    assertThat(
            GraphWriter.refusal(new InvalidDataAccessResourceUsageException("translated", refused)))
        .isSameAs(refused);
  }

  private static long probes() {
    return driver
        .executableQuery("MATCH (p:Probe) RETURN count(p) AS n")
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
