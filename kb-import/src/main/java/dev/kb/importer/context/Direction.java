package dev.kb.importer.context;

/** Which side of a trigger its scope lies on. */
enum Direction {
  FORWARD,
  BACKWARD,
  BIDIRECTIONAL,
  /**
   * No scope of its own: the trigger ends the scopes of its category's triggers only, as ConText's
   * per-category terminators do ("presented" ends a history, not a negation). A {@link
   * Category#TERMINATE} trigger ends every scope.
   */
  TERMINATE
}
