package dev.kb.importer.load;

import dev.kb.core.graph.Failures;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the loader talks to Neo4j: Cypher through Spring Data Neo4j's {@link Neo4jClient}, inside
 * Spring-managed transactions of a {@link PlatformTransactionManager} (SDN's {@link
 * Neo4jTransactionManager}, which the client joins by itself), each transaction tried again on a
 * transient failure.
 *
 * <p>The app passes the client and transaction manager Spring Boot configured; the command line
 * builds both from its driver with {@link #over(Driver)}, sharing one bookmark manager, so that
 * each transaction sees what the previous ones committed, on a cluster too.
 *
 * <p>Retries: concurrent batches that meet on the same busy concepts can deadlock inside Neo4j,
 * which rolls one back with a transient error; a lost connection or a leader being elected is
 * transient too. Such a transaction is tried again, first after a few milliseconds (a deadlock is
 * over at once), then ever more slowly, up to a delay of {@link #MAX_DELAY}, for {@link
 * #retryTime()} in all. Anything else, such as a write the database refuses, is not tried again.
 */
public final class GraphWriter {

  /** The driver's own default for retrying a transaction, which the app keeps. */
  public static final Duration DEFAULT_RETRY_TIME = Duration.ofSeconds(30);

  private static final Duration FIRST_DELAY = Duration.ofMillis(10);
  private static final Duration JITTER = Duration.ofMillis(5);
  private static final Duration MAX_DELAY = Duration.ofSeconds(2);

  // The shortest transaction timeout a write gets, however little time its caller has left.
  private static final int MIN_TIMEOUT_SECONDS = 1;

  private final Neo4jClient client;
  private final PlatformTransactionManager transactions;
  private final Duration retryTime;
  private final RetryTemplate retry;

  /** Over a client and transaction manager configured elsewhere (Spring Boot's, in the app). */
  public GraphWriter(Neo4jClient client, PlatformTransactionManager transactions) {
    this(client, transactions, DEFAULT_RETRY_TIME);
  }

  /**
   * @param retryTime how long a transaction that fails transiently is tried again
   */
  public GraphWriter(
      Neo4jClient client, PlatformTransactionManager transactions, Duration retryTime) {
    this.client = client;
    this.transactions = transactions;
    this.retryTime = retryTime;
    this.retry =
        new RetryTemplate(
            RetryPolicy.builder()
                .predicate(Failures::isTransient)
                .maxRetries(Long.MAX_VALUE)
                .timeout(retryTime)
                .delay(FIRST_DELAY)
                .jitter(JITTER)
                .multiplier(2)
                .maxDelay(MAX_DELAY)
                .build());
  }

  /** A client and a transaction manager over this driver, sharing one bookmark manager. */
  public static GraphWriter over(Driver driver) {
    return over(driver, DEFAULT_RETRY_TIME);
  }

  /**
   * @param retryTime how long a transaction that fails transiently is tried again
   */
  public static GraphWriter over(Driver driver, Duration retryTime) {
    Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
    return new GraphWriter(
        Neo4jClient.with(driver).withNeo4jBookmarkManager(bookmarks).build(),
        Neo4jTransactionManager.with(driver).withBookmarkManager(bookmarks).build(),
        retryTime);
  }

  /** How long a transaction that fails transiently is tried again. */
  public Duration retryTime() {
    return retryTime;
  }

  /**
   * Runs {@code work} in a write transaction, committed when it returns and rolled back when it
   * throws, and tries again while it fails transiently.
   *
   * @param timeout how long the database may take over the transaction (at least a second); null
   *     for the database's default
   */
  <T> T write(@Nullable Duration timeout, Function<Neo4jClient, T> work) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    if (timeout != null) {
      template.setTimeout(
          (int) Math.max(MIN_TIMEOUT_SECONDS, Math.ceilDiv(timeout.toMillis(), 1000)));
    }
    return inRetries(template, work);
  }

  /** Runs {@code work} in a read-only transaction, tried again while it fails transiently. */
  <T> T read(Function<Neo4jClient, T> work) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setReadOnly(true);
    return inRetries(template, work);
  }

  private <T> T inRetries(TransactionTemplate template, Function<Neo4jClient, T> work) {
    // RetryTemplate.invoke rethrows the last failure as it was.
    return retry.invoke(() -> template.execute(status -> work.apply(client)));
  }

  /**
   * The database's refusal behind {@code failure}, such as a constraint the write would break; null
   * when it failed for another reason (the database could not be reached).
   */
  static @Nullable ClientException refusal(Throwable failure) {
    if (Failures.isTransient(failure)) {
      return null;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ClientException clientException) {
        return clientException;
      }
    }
    return null;
  }
}
