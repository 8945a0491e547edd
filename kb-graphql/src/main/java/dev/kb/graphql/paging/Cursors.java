package dev.kb.graphql.paging;

import dev.kb.graphql.error.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Opaque cursors. A cursor stands for a position in a list; clients only pass it back, so its
 * encoding (an offset today) can change without breaking them.
 */
public final class Cursors {

  /** The largest page a client may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  /** How deep a nested list read by window (the cases of a concept, of an edge) can be paged. */
  public static final int MAX_NESTED_DEPTH = 1000;

  private static final String PREFIX = "kb:o:";

  private Cursors() {}

  /** The cursor of the item at {@code offset}. */
  public static String encode(long offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset of the first item after {@code after}; 0 for null. */
  public static long offsetAfter(@Nullable String after) {
    if (after == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        long offset = Long.parseLong(decoded.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset + 1;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below; NumberFormatException is one too
    }
    throw new InvalidArgumentException("after", "is not a cursor this API gave out: " + after);
  }

  /**
   * How many items of a nested list must be read to answer {@code first} after {@code after};
   * nested lists are previews, so this stops at {@link #MAX_NESTED_DEPTH}.
   */
  public static int window(int first, @Nullable String after) {
    long end = offsetAfter(after) + pageSize("first", first);
    if (end > MAX_NESTED_DEPTH) {
      throw new InvalidArgumentException(
          "after",
          "reaches item "
              + end
              + "; nested lists page up to "
              + MAX_NESTED_DEPTH
              + " items deep (filter the root `cases` to go further)");
    }
    return (int) end;
  }

  /** Checks a page size argument. */
  public static int pageSize(String argument, int requested) {
    return InvalidArgumentException.requireBetween(argument, requested, 1, MAX_PAGE_SIZE);
  }
}
