package dev.kb.core.graph;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page, in order
 * @param offset how many items come before this page
 * @param totalCount how many items the whole list has
 */
public record Page<T>(List<T> items, long offset, long totalCount) {

  public Page {
    items = List.copyOf(items);
  }

  /** Whether items follow this page. */
  public boolean hasNext() {
    return offset + items.size() < totalCount;
  }
}
