package dev.kb.core.fact;

/**
 * What became of a treatment, as the text states it. When a report says several things of one drug,
 * the latest in this order is kept: a drug that helped and was then stopped was stopped.
 */
public enum TreatmentOutcome {
  /** The patient improved, the disease resolved or responded. */
  IMPROVED,
  /** No improvement, no response, refractory, the disease progressed. */
  NO_EFFECT,
  /** The drug was stopped, withdrawn or tapered off. */
  STOPPED,
  /** The drug was replaced by, or switched to, another. */
  REPLACED
}
