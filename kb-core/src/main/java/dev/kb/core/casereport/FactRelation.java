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
 */
public record FactRelation(
    Type type, CaseFact from, CaseFact to, @Nullable TreatmentOutcome outcome) {

  /** What a relation between two facts says. */
  public enum Type {
    /** A drug given for a diagnosis. */
    TREATS,
    /** A drug held responsible for a side effect. */
    CAUSES,
    /** An investigation that showed a finding. */
    REVEALS
  }
}
