package dev.kb.core.fact;

/**
 * What an investigation's result was, as the text states it ("the EEG was normal", "an elevated
 * CRP", "MRI showed a lesion"). Unknown when the text gives a value without calling it either.
 */
public enum InvestigationResult {
  /** Normal, unremarkable, negative, within normal limits. */
  NORMAL,
  /** Abnormal, raised, lowered, positive, or it showed a finding. */
  ABNORMAL
}
