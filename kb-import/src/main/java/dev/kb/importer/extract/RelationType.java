package dev.kb.importer.extract;

/** Relations between two mentions of the same case. */
public enum RelationType {
  /** A drug given for a diagnosis (from: drug, to: diagnosis). */
  TREATS,
  /** A drug held responsible for a side effect (from: drug, to: side effect). */
  CAUSES,
  /** An investigation that showed a finding (from: investigation, to: symptom or diagnosis). */
  REVEALS
}
