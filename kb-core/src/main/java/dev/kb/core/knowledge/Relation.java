package dev.kb.core.knowledge;

/** The kinds of knowledge edge, each a relationship type between concept nodes. */
public enum Relation {
  /** Drug → diagnosis it was given for. */
  TREATS,
  /** Drug → finding (symptom or diagnosis) attributed to it as a side effect. */
  CAUSES,
  /** Diagnosis → symptom reported (or ruled out) in the same cases. */
  PRESENTS_WITH,
  /** Investigation → finding it showed. */
  REVEALS
}
