package dev.kb.graphql.export;

import dev.kb.core.graph.Page;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** Walks a list page by page, as a download writes it. */
final class Pages {

  private Pages() {}

  /** Hands each item to {@code write}, from the first page on, until {@code rows} were written. */
  static <T> void each(Page<T> first, LongFunction<Page<T>> next, long rows, Consumer<T> write) {
    long[] written = {0};
    each(
        first,
        next,
        rows,
        items -> {
          for (T item : items) {
            if (written[0]++ >= rows) {
              return false;
            }
            write.accept(item);
          }
          return true;
        });
  }

  /**
   * Hands each page's items to {@code batch}, from the first page on, while it returns true and
   * pages follow.
   */
  static <T> void each(
      Page<T> first, LongFunction<Page<T>> next, long rows, Predicate<List<T>> batch) {
    Page<T> page = first;
    while (batch.test(page.items()) && page.hasNext() && !page.items().isEmpty()) {
      page = next.apply(page.offset() + page.items().size());
    }
  }
}
