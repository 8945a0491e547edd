package dev.kb.core.casereport;

import dev.kb.core.fact.TreatmentOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A relation the text states between two facts of one case: a drug that treats a diagnosis, a drug
 * that causes a side effect, an investigation that revealed a finding.
 *
 * @param type what the relation says
 * @param from the drug or the investigation
 * @param to the diagnosis, the side effect or the finding
 * @param outcome for {@link Type#TREATS}, what became of the treatment when the text says so
 * @param confidence how likely the extractor thinks the link is right, 0 to 1
 * @param counted whether the link counts in the statistics: its confidence is at least the minimum
 *     its case was counted with
 */
public record FactRelation(
    Type type,
    CaseFact from,
    CaseFact to,
    @Nullable TreatmentOutcome outcome,
    double confidence,
    boolean counted) {

  /** What a relation between two facts says. */
  public enum Type {
    /** A drug given for a diagnosis. */
    TREATS,
    /** A drug held responsible for a finding, its side effect. */
    CAUSES,
    /** An investigation that showed a finding. */
    REVEALS
  }
}
