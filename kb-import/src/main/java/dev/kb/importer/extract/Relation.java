package dev.kb.importer.extract;

import dev.kb.core.fact.TreatmentOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two mentions of one extraction, by their index in {@link
 * Extraction#mentions()}.
 *
 * @param outcome for {@link RelationType#TREATS}, what became of the treatment when the text says
 *     so; null otherwise
 * @param confidence how likely the relation is right, from 0 to 1
 */
public record Relation(
    RelationType type, int from, int to, @Nullable TreatmentOutcome outcome, double confidence) {

  public Relation {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("A confidence is between 0 and 1: " + confidence);
    }
  }

  /** A fully confident relation without an outcome. */
  public Relation(RelationType type, int from, int to) {
    this(type, from, to, null, 1.0);
  }

  /** This relation with the given outcome. */
  public Relation withOutcome(@Nullable TreatmentOutcome outcome) {
    return new Relation(type, from, to, outcome, confidence);
  }

  /** This relation with the given confidence. */
  public Relation withConfidence(double confidence) {
    return new Relation(type, from, to, outcome, confidence);
  }
}
