package dev.kb.importer.extract;

import dev.kb.core.fact.TreatmentOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two mentions of one extraction, by their index in {@link
 * Extraction#mentions()}.
 *
 * @param outcome for {@link RelationType#TREATS}, what became of the treatment when the text says
 *     so; null otherwise
 */
public record Relation(RelationType type, int from, int to, @Nullable TreatmentOutcome outcome) {

  /** A relation without an outcome. */
  public Relation(RelationType type, int from, int to) {
    this(type, from, to, null);
  }

  /** This relation with the given outcome. */
  public Relation withOutcome(@Nullable TreatmentOutcome outcome) {
    return new Relation(type, from, to, outcome);
  }
}
