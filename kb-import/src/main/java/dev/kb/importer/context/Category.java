package dev.kb.importer.context;

/** What a context trigger says about the concepts in its scope. */
enum Category {
  NEGATED,
  POSSIBLE,
  HISTORICAL,
  HYPOTHETICAL,
  FAMILY,
  /** Looks like a trigger but is not one ("no increase", "gram negative"). */
  PSEUDO,
  /** Ends the scope of other triggers ("but", "however"). */
  TERMINATE
}
