package dev.kb.graphql.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A data loader key for the start of a nested list: the parent, and how many of its items from the
 * start the page needs. Parents asking for the same window are read in one query.
 *
 * @param key the parent (a concept, an edge)
 * @param window how many items from the start of its list to read
 */
public record Windowed<K>(K key, int window) {

  /**
   * Reads the windows of all these keys, one query per distinct window (usually one for a whole
   * response), with {@code read(parents, window)}.
   */
  public static <K, V> Map<Windowed<K>, List<V>> load(
      Set<Windowed<K>> keys, BiFunction<Collection<K>, Integer, Map<K, List<V>>> read) {
    Map<Windowed<K>, List<V>> loaded = new HashMap<>();
    Map<Integer, List<Windowed<K>>> byWindow =
        keys.stream().collect(Collectors.groupingBy(Windowed::window));
    byWindow.forEach(
        (window, windowed) -> {
          Map<K, List<V>> lists = read.apply(windowed.stream().map(Windowed::key).toList(), window);
          windowed.forEach(w -> loaded.put(w, lists.getOrDefault(w.key(), List.of())));
        });
    return loaded;
  }
}
