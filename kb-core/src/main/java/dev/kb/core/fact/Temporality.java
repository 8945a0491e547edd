package dev.kb.core.fact;

/** When a fact holds: now, in the patient's history, or only hypothetically. */
public enum Temporality {
  CURRENT,
  HISTORICAL,
  HYPOTHETICAL
}
