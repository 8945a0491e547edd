package dev.kb.core.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kb.core.concept.ConceptKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.Bookmark;

/**
 * Pages of knowledge edges already read, for the state of the graph they were read in.
 *
 * <p>Ranking a concept's edges reads every one of them, and a concept of many cases has thousands;
 * the same concepts come back in page after page of cases. A page is kept with the bookmarks of the
 * graph state it was read in (the last committed transaction, which every read reports) and used
 * only while the reads still report that state: any commit, by this application or by an importer
 * elsewhere, empties the cache at the next read.
 *
 * <p>Bounded by the number of edges held, a Caffeine cache weighing each page by its edges: it
 * keeps the pages asked for often over those asked for once (W-TinyLFU), which suits concepts that
 * recur across cases. Its upkeep (eviction) runs on the calling thread, so the bound holds when a
 * call returns.
 */
final class EdgePageCache {

  /**
   * One cached list: a concept's edges of a selection, the first {@code limit} of them, read in
   * graph state {@code state}. The state is part of the key so that a page put by a read that raced
   * a change of state can never be served for the new one.
   */
  private record Key(Set<Bookmark> state, ConceptKey concept, EdgeSelection selection, int limit) {}

  private final boolean off;
  private final Cache<Key, EdgePage> pages;
  private final AtomicReference<Set<Bookmark>> state = new AtomicReference<>(Set.of());

  /**
   * @param maxEdges how many edges the cached pages may hold in all; 0 turns the cache off
   */
  EdgePageCache(int maxEdges) {
    this.off = maxEdges == 0;
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(maxEdges)
            .weigher((Key key, EdgePage page) -> weight(page))
            .executor(Runnable::run)
            .build();
  }

  /** The cached pages among {@code keys}, when the graph is still in state {@code now}. */
  Map<ConceptKey, EdgePage> get(
      Set<Bookmark> now, Collection<ConceptKey> keys, EdgeSelection selection, int limit) {
    Map<ConceptKey, EdgePage> found = new HashMap<>();
    if (off || now.isEmpty()) {
      return found;
    }
    Set<Bookmark> known = state.get();
    if (!now.equals(known)) {
      if (state.compareAndSet(known, now)) {
        pages.invalidateAll();
      }
      return found;
    }
    for (ConceptKey key : keys) {
      EdgePage page = pages.getIfPresent(new Key(now, key, selection, limit));
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
  void put(
      Set<Bookmark> readIn, Map<ConceptKey, EdgePage> read, EdgeSelection selection, int limit) {
    if (off || readIn.isEmpty() || !readIn.equals(state.get())) {
      return;
    }
    read.forEach((key, page) -> pages.put(new Key(readIn, key, selection, limit), page));
  }

  // An empty page still takes a slot.
  private static int weight(EdgePage page) {
    return Math.max(1, page.edges().size());
  }
}
