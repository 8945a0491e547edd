package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.context.ContextFlags;
import java.util.List;

/**
 * A concept found while extracting, before it becomes a {@link Mention}: token positions are what
 * the relation rules reason about.
 *
 * @param concept the concept, re-kinded when a rule says what it is (a measured substance is an
 *     investigation)
 * @param sentence index of the sentence
 * @param firstToken index of the first token in the document, inclusive
 * @param endToken index after the last token
 * @param flags its context
 * @param sideEffect whether a drug is held responsible for this finding: its fact is a side effect,
 *     while its concept stays the symptom or diagnosis other cases name
 */
record Found(
    Concept concept,
    int sentence,
    int firstToken,
    int endToken,
    ContextFlags flags,
    boolean sideEffect) {

  Found(Concept concept, int sentence, int firstToken, int endToken, ContextFlags flags) {
    this(concept, sentence, firstToken, endToken, flags, false);
  }

  /** The kind of the fact: {@link ConceptKind#SIDE_EFFECT} for a finding a drug caused. */
  ConceptKind kind() {
    return sideEffect ? ConceptKind.SIDE_EFFECT : concept.kind();
  }

  /** Affirmed, about the patient and not merely hypothetical: a fact relations can rest on. */
  boolean isFactual() {
    return !flags.negated() && !flags.hypothetical() && !flags.family();
  }

  /**
   * Whether this is something the patient may have, neither a drug nor an investigation:
   * uncertainty is about what the patient has, and a drug or an investigation near "suspected" was
   * still given or done ("GBS was suspected and IVIG was started").
   */
  boolean isFinding() {
    return kind() != ConceptKind.DRUG && kind() != ConceptKind.INVESTIGATION;
  }

  /** This mention as another kind: a side effect keeps its concept, any other kind changes it. */
  Found as(ConceptKind kind) {
    if (kind == ConceptKind.SIDE_EFFECT) {
      return new Found(concept, sentence, firstToken, endToken, flags, true);
    }
    return new Found(concept.asKind(kind), sentence, firstToken, endToken, flags, false);
  }

  /** This mention as the finding it names, no longer a side effect. */
  Found asFinding() {
    return new Found(concept, sentence, firstToken, endToken, flags, false);
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
