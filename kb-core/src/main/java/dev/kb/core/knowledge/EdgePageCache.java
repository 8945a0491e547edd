package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Bookmark;

/**
 * Pages of knowledge edges already read, for the state of the graph they were read in.
 *
 * <p>Ranking a concept's edges reads every one of them, and a concept of many cases has thousands;
 * the same concepts come back in page after page of cases. A page is kept with the bookmarks of the
 * graph state it was read in (the last committed transaction, which every read reports) and used
 * only while the reads still report that state: any commit, by this application or by an importer
 * elsewhere, empties the cache at the next read. Bounded by the number of edges held, least
 * recently used first out.
 */
final class EdgePageCache {

  /** One cached list: a concept's edges of a selection, the first {@code limit} of them. */
  private record Key(ConceptKey concept, EdgeSelection selection, int limit) {}

  private final int maxEdges;
  private final LinkedHashMap<Key, EdgePage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private Set<Bookmark> state = Set.of();
  private int edges;

  /**
   * @param maxEdges how many edges the cached pages may hold in all; 0 turns the cache off
   */
  EdgePageCache(int maxEdges) {
    this.maxEdges = maxEdges;
  }

  /** The cached pages among {@code keys}, when the graph is still in state {@code now}. */
  synchronized Map<ConceptKey, EdgePage> get(
      Set<Bookmark> now, Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    Map<ConceptKey, EdgePage> found = new HashMap<>();
    if (maxEdges == 0 || now.isEmpty()) {
      return found;
    }
    if (!now.equals(state)) {
      pages.clear();
      edges = 0;
      state = now;
      return found;
    }
    for (ConceptKey key : keys) {
      EdgePage page = pages.get(new Key(key, selection, limit));
      if (page != null) {
        found.put(key, page);
      }
    }
    return found;
  }

  /**
   * Keeps pages read while the graph was in state {@code readIn}; nothing when it has moved on
   * since (the pages may mix two states).
   */
  synchronized void put(
      Set<Bookmark> readIn, Map<ConceptKey, EdgePage> read, EdgeSelection selection, int limit) {
    if (maxEdges == 0 || readIn.isEmpty() || !readIn.equals(state)) {
      return;
    }
    read.forEach(
        (key, page) -> {
          EdgePage old = pages.put(new Key(key, selection, limit), page);
          edges += weight(page) - (old == null ? 0 : weight(old));
        });
    Iterator<EdgePage> eldest = pages.values().iterator();
    while (edges > maxEdges && eldest.hasNext()) {
      edges -= weight(eldest.next());
      eldest.remove();
    }
  }

  // An empty page still takes a slot.
  private static int weight(EdgePage page) {
    return Math.max(1, page.edges().size());
  }
}
