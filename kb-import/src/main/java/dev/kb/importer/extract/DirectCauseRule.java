package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The drug that names a finding with it, whatever the sentence says around them: "lithium
 * neurotoxicity", "dapsone hypersensitivity syndrome", "amiodarone-induced hypothyroidism" (even in
 * "a patient with amiodarone-induced hypothyroidism"), "anaphylaxis to cisplatin". The first rule
 * the side-effect rules ask, since such a name leaves no doubt.
 */
final class DirectCauseRule {

  private final Cues notHarm;
  private final Cues compoundLink;
  private final Set<String> compoundWords;
  private final Set<String> allergy;

  /**
   * @param notHarm words a drug right before is not the cause of: "insulin resistance", "iron
   *     deficiency", "steroid-responsive", "heparin therapy"
   * @param compoundWords words joining a drug to the finding it caused inside one name: "induced"
   * @param allergy reactions that name their drug after "to": "anaphylaxis to cisplatin"
   */
  DirectCauseRule(Cues notHarm, Set<String> compoundWords, Set<String> allergy) {
    this.notHarm = notHarm;
    this.compoundLink = new Cues(List.copyOf(compoundWords));
    this.compoundWords = Set.copyOf(compoundWords);
    this.allergy = Set.copyOf(allergy);
  }

  /** The found index of the drug that names the finding at {@code effectIndex}, or -1. */
  int drug(List<Token> tokens, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    if (effectIndex > 0) {
      Found drug = found.get(effectIndex - 1);
      if (drug.kind() == ConceptKind.DRUG
          && drug.sentence() == effect.sentence()
          && !drug.flags().negated()) {
        int gap = effect.firstToken() - drug.endToken();
        if (gap == 0 && !notHarm.anyIn(tokens, effect.firstToken(), effect.endToken())) {
          return effectIndex - 1;
        }
        if (gap > 0
            && gap <= 2
            && compoundLink.first(tokens, drug.endToken(), effect.firstToken()) == drug.endToken()
            && onlyLink(tokens, drug.endToken(), effect.firstToken())) {
          return effectIndex - 1;
        }
      }
    }
    if (effectIndex + 1 < found.size()) {
      Found drug = found.get(effectIndex + 1);
      if (drug.kind() == ConceptKind.DRUG
          && drug.sentence() == effect.sentence()
          && !drug.flags().negated()
          && drug.firstToken() - effect.endToken() == 1
          && tokens.get(effect.endToken()).norm().equals("to")
          && allergy.contains(tokens.get(effect.endToken() - 1).norm())) {
        return effectIndex + 1;
      }
    }
    return -1;
  }

  // "heparin-induced", "heparin induced", "statin-associated": only the link and hyphens between.
  private boolean onlyLink(List<Token> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals("-") && !compoundWords.contains(norm)) {
        return false;
      }
    }
    return true;
  }
}
