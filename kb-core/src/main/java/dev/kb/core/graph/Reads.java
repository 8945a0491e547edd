package dev.kb.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * How kb reads the graph: one query per read, sent as an auto-commit transaction, so the query and
 * its rows cost one round trip to the database. A transaction function ({@code executeRead}) costs
 * three: BEGIN, the query, COMMIT.
 */
public final class Reads {

  /** How often a read is tried when the driver says a failure is worth retrying. */
  private static final int ATTEMPTS = 3;

  private Reads() {}

  /**
   * Runs one read query and maps its rows, in order. A failure the driver marks as retryable (a
   * server gone, a leader changed) is retried, as a transaction function would; reads have no side
   * effects to repeat.
   */
  public static <T> List<T> list(
      Driver driver, String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
    for (int attempt = 1; ; attempt++) {
      try (Session session = driver.session(read(driver))) {
        return session.run(cypher, parameters).list(mapper::apply);
      } catch (Neo4jException e) {
        if (!(e instanceof RetryableException) || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The state of the graph as this application's reads last saw it: the bookmarks of the latest
   * committed transaction, which every read reports. Any commit, here or by another importer,
   * changes it at the next read. Empty before the first read.
   */
  public static Set<Bookmark> graphState(Driver driver) {
    return driver.executableQueryBookmarkManager().getBookmarks();
  }

  // Reads share the driver's bookmark manager, which keeps the latest bookmarks they report (see
  // graphState); on a cluster it also makes each read see at least what the previous one saw.
  private static SessionConfig read(Driver driver) {
    return SessionConfig.builder()
        .withDefaultAccessMode(AccessMode.READ)
        .withBookmarkManager(driver.executableQueryBookmarkManager())
        .build();
  }

  /**
   * Runs {@code cypher} once and groups its rows by the parent each belongs to, in row order. Every
   * requested key gets a list, empty when no row is about it.
   */
  public static <K, V> Map<K, List<V>> groupedByKey(
      Driver driver,
      Collection<K> keys,
      String cypher,
      Map<String, Object> parameters,
      Function<Record, K> keyOf,
      Function<Record, V> valueOf) {
    Map<K, List<V>> grouped = new LinkedHashMap<>();
    keys.forEach(key -> grouped.put(key, new ArrayList<>()));
    list(driver, cypher, parameters, r -> r)
        .forEach(r -> grouped.get(keyOf.apply(r)).add(valueOf.apply(r)));
    return grouped;
  }
}
