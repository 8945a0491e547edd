package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.context.ContextFlags;
import java.util.List;

/**
 * A concept found while extracting, before it becomes a {@link Mention}: token positions are what
 * the relation rules reason about.
 *
 * @param concept the concept, re-kinded when a rule says so
 * @param sentence index of the sentence
 * @param firstToken index of the first token in the document, inclusive
 * @param endToken index after the last token
 * @param flags its context
 */
record Found(Concept concept, int sentence, int firstToken, int endToken, ContextFlags flags) {

  ConceptKind kind() {
    return concept.kind();
  }

  /** Affirmed, about the patient and not merely hypothetical: a fact relations can rest on. */
  boolean isFactual() {
    return !flags.negated() && !flags.hypothetical() && !flags.family();
  }

  Found as(ConceptKind kind) {
    return new Found(concept.asKind(kind), sentence, firstToken, endToken, flags);
  }

  /** Index of the first found item in the same sentence as {@code found.get(index)}. */
  static int sentenceFirst(List<Found> found, int index) {
    int i = index;
    while (i > 0 && found.get(i - 1).sentence() == found.get(index).sentence()) {
      i--;
    }
    return i;
  }

  /** Index after the last found item in the same sentence as {@code found.get(index)}. */
  static int sentenceEnd(List<Found> found, int index) {
    int i = index + 1;
    while (i < found.size() && found.get(i).sentence() == found.get(index).sentence()) {
      i++;
    }
    return i;
  }
}
