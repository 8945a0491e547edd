package dev.kb.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The shape most batch reads share: one query for many parents, its rows grouped by parent. */
public final class Reads {

  private Reads() {}

  /**
   * Runs {@code cypher} once in a read transaction and groups its rows by the parent each belongs
   * to, in row order. Every requested key gets a list, empty when no row is about it.
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
    try (Session session = driver.session()) {
      session
          .executeRead(tx -> tx.run(cypher, parameters).list(r -> r))
          .forEach(r -> grouped.get(keyOf.apply(r)).add(valueOf.apply(r)));
    }
    return grouped;
  }
}
