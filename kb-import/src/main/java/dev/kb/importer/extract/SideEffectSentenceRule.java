package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import java.util.List;

/**
 * The drug of a sentence about side effects ("the side effects of the drug in the form of
 * drowsiness"): the drug named nearest to the side-effect words in the sentence, or, when it names
 * none, the last drug mentioned in the few sentences before ("the drug" refers back to it).
 */
final class SideEffectSentenceRule {

  // How many sentences back "the drug" may refer to.
  private static final int DRUG_REFERENCE_SENTENCES = 3;

  private final Cues sideEffectSentence;

  /**
   * @param sideEffectSentence words that make a sentence about side effects ("side effect")
   */
  SideEffectSentenceRule(Cues sideEffectSentence) {
    this.sideEffectSentence = sideEffectSentence;
  }

  /** The found index of the drug of the side-effect sentence of {@code effectIndex}, or -1. */
  int drug(Document document, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    int sentence = effect.sentence();
    int cue =
        sideEffectSentence.first(
            document.tokens(), document.sentenceStart(sentence), document.sentenceEnd(sentence));
    if (cue < 0) {
      return -1;
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    int end = Found.sentenceEnd(found, effectIndex);
    for (int j = Found.sentenceFirst(found, effectIndex); j < end; j++) {
      Found drug = found.get(j);
      if (drug.kind() == ConceptKind.DRUG) {
        int distance = Math.abs(drug.firstToken() - cue);
        if (distance < bestDistance) {
          best = j;
          bestDistance = distance;
        }
      }
    }
    if (best >= 0) {
      return best;
    }
    return lastDrugBefore(found, effectIndex, sentence - DRUG_REFERENCE_SENTENCES);
  }

  private static int lastDrugBefore(List<Found> found, int index, int firstSentence) {
    for (int j = index - 1; j >= 0; j--) {
      Found drug = found.get(j);
      if (drug.sentence() < firstSentence) {
        return -1;
      }
      if (drug.kind() == ConceptKind.DRUG && !drug.flags().negated()) {
        return j;
      }
    }
    return -1;
  }
}
