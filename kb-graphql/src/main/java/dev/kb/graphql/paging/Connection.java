package dev.kb.graphql.paging;

import dev.kb.core.graph.Page;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Relay connection: a page of nodes with their cursors and where the page stands.
 *
 * @param edges the nodes of this page with their cursors
 * @param pageInfo where this page stands
 * @param totalCount how many nodes the whole list has
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

  /** The nodes of this page, without their cursors. */
  public List<T> nodes() {
    return edges.stream().map(Edge::node).toList();
  }

  /** A node with its cursor. */
  public record Edge<T>(String cursor, T node) {}

  /** Where a page stands in its list. */
  public record PageInfo(
      boolean hasNextPage,
      boolean hasPreviousPage,
      @Nullable String startCursor,
      @Nullable String endCursor) {}

  /**
   * The page of a list already read in full (or up to the end of the page) that {@code first} and
   * {@code after} ask for.
   *
   * @param loaded the list from its start, at least up to the end of the page when it is longer
   * @param totalCount how many items the whole list has
   */
  public static <T> Connection<T> slice(
      List<T> loaded, int first, @Nullable String after, long totalCount) {
    int size = Cursors.pageSize("first", first);
    long offset = Cursors.offsetAfter(after);
    int from = (int) Math.min(offset, loaded.size());
    int to = Math.min(loaded.size(), from + size);
    return of(new Page<>(loaded.subList(from, to), offset, Math.max(totalCount, to)));
  }

  /** The page of a list read in full that {@code first} and {@code after} ask for. */
  public static <T> Connection<T> slice(List<T> all, int first, @Nullable String after) {
    return slice(all, first, after, all.size());
  }

  /** The connection of a page read at an offset. */
  public static <T> Connection<T> of(Page<T> page) {
    List<Edge<T>> edges = new ArrayList<>(page.items().size());
    for (int i = 0; i < page.items().size(); i++) {
      edges.add(new Edge<>(Cursors.encode(page.offset() + i), page.items().get(i)));
    }
    PageInfo info =
        new PageInfo(
            page.hasNext(),
            page.offset() > 0,
            edges.isEmpty() ? null : edges.getFirst().cursor(),
            edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, info, page.totalCount());
  }
}
