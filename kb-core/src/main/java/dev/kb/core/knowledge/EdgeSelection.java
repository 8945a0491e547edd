package dev.kb.core.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * Which of a concept's knowledge edges a list holds: of one relation or all, in a direction,
 * supported by confident links or by any.
 */
public record EdgeSelection(@Nullable Relation relation, Direction direction, LinkFilter links) {

  /** Every edge touching the concept that confident links support. */
  public static final EdgeSelection ALL =
      new EdgeSelection(null, Direction.BOTH, LinkFilter.CONFIDENT);

  /** Edges leaving the concept, reaching it, or both. */
  public enum Direction {
    OUT,
    IN,
    BOTH
  }
}
