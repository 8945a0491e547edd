package dev.kb.core.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * How kb reads the graph: through Spring Data Neo4j's {@link Neo4jClient}, one query per read, sent
 * as an auto-commit query in a read session (see {@link ReadSessions}), so the query and its rows
 * cost one round trip and a cluster may answer it from a follower. Driver errors arrive translated
 * into Spring's {@code DataAccessException}s.
 *
 * <p>Reads and writes share one {@link Neo4jBookmarkManager}: each read starts from the bookmarks
 * of the latest commit seen, so it sees at least what was written before it, and reports the state
 * it saw back (see {@link #graphState()}).
 */
public final class Reads {

  /** How often a read is tried when the driver says a failure is worth retrying. */
  private static final int ATTEMPTS = 3;

  /** Cypher 5 with {@code CALL (x) { ... }} scopes, which is what Neo4j 5.23 and later read. */
  private static final Renderer RENDERER =
      Renderer.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build());

  private final Neo4jClient client;
  private final Neo4jBookmarkManager bookmarks;
  private final RetryTemplate retry;

  private Reads(Neo4jClient client, Neo4jBookmarkManager bookmarks) {
    this.client = client;
    this.bookmarks = bookmarks;
    // Reads have no side effects to repeat: a server gone or a leader changed is tried again at
    // once, as a transaction function would.
    this.retry =
        new RetryTemplate(
            RetryPolicy.builder()
                .maxRetries(ATTEMPTS - 1)
                .delay(Duration.ZERO)
                .predicate(Failures::isTransient)
                .build());
  }

  /**
   * Reads over this driver, sharing these bookmarks with the writes (Spring's transaction manager
   * for the app, the loader's for the command line).
   */
  public static Reads over(Driver driver, Neo4jBookmarkManager bookmarks) {
    Neo4jClient client =
        Neo4jClient.with(new ReadSessions(driver)).withNeo4jBookmarkManager(bookmarks).build();
    return new Reads(client, bookmarks);
  }

  /** Reads over this driver with bookmarks of their own, for tools and tests that only read. */
  public static Reads over(Driver driver) {
    return over(driver, Neo4jBookmarkManager.create());
  }

  /** Runs one read query and maps its rows, in order. */
  public <T> List<T> list(
      String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
    return retry.invoke(() -> fetch(cypher, parameters, mapper));
  }

  /**
   * Runs a query built with Cypher-DSL, rendered for Neo4j 5.23 and later, with the values the
   * statement holds as parameters.
   */
  public <T> List<T> list(Statement statement, Function<Record, T> mapper) {
    return list(cypher(statement), statement.getCatalog().getParameters(), mapper);
  }

  /** The Cypher kb sends for a statement built with Cypher-DSL. */
  public static String cypher(Statement statement) {
    return RENDERER.render(statement);
  }

  /**
   * The query on the client's query runner: Spring Data Neo4j opens the session with the latest
   * bookmarks, keeps the ones the read reports, and translates the driver's errors. The rows are
   * mapped here, as they arrive, without the client's own mapping and summary steps (about 0.1 ms a
   * read less).
   */
  private <T> List<T> fetch(
      String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
    return client
        .delegateTo(runner -> Optional.of(runner.run(cypher, parameters).list(mapper::apply)))
        .run()
        .orElseThrow();
  }

  /**
   * The state of the graph as this application's reads and writes last saw it: the bookmarks of the
   * latest committed transaction, which every read reports. Any commit, here or by another
   * importer, changes it at the next read. Empty before the first read.
   */
  public Set<Bookmark> graphState() {
    return Set.copyOf(bookmarks.getBookmarks());
  }

  /**
   * Runs {@code cypher} once and groups its rows by the parent each belongs to, in row order. Every
   * requested key gets a list, empty when no row is about it.
   */
  public <K, V> Map<K, List<V>> groupedByKey(
      Collection<K> keys,
      String cypher,
      Map<String, Object> parameters,
      Function<Record, K> keyOf,
      Function<Record, V> valueOf) {
    Map<K, List<V>> grouped = new LinkedHashMap<>();
    keys.forEach(key -> grouped.put(key, new ArrayList<>()));
    list(cypher, parameters, r -> r)
        .forEach(
            r ->
                Objects.requireNonNull(grouped.get(keyOf.apply(r)), "row about a key not asked for")
                    .add(valueOf.apply(r)));
    return grouped;
  }
}
