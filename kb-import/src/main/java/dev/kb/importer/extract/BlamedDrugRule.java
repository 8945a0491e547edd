package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Which drug takes the blame once a finding is linked to one: the drug switched to, not the one
 * switched from ("edema after switching from troglitazone to pioglitazone"); the drug a class word
 * describes, not the class word ("rapamycin is an immunosuppressive drug associated with
 * infection", "the ACE inhibitor captopril"); and a class of drugs ("chemotherapy") only when the
 * sentence states harm, not merely a time ("skin lesions recurred during chemotherapy").
 */
final class BlamedDrugRule {

  // How many tokens may separate a drug from the class word that describes it.
  private static final int APPOSITION_REACH = 6;

  private final Set<String> drugClasses;
  private final Cues switchFrom;
  private final Cues switchTo;
  private final Cues apposition;
  private final Cues harm;

  /**
   * @param drugClasses ids of the drugs that name a class ("chemotherapy")
   * @param switchFrom words before the drug given first ("switching from")
   * @param switchTo words between it and the drug given instead ("to", "with")
   * @param apposition words by which a class word describes the drug named just before it ("is a")
   * @param harm words that state a drug's harm rather than when a finding came ("induced")
   */
  BlamedDrugRule(
      Set<String> drugClasses, Cues switchFrom, Cues switchTo, Cues apposition, Cues harm) {
    this.drugClasses = Set.copyOf(drugClasses);
    this.switchFrom = switchFrom;
    this.switchTo = switchTo;
    this.apposition = apposition;
    this.harm = harm;
  }

  /** Whether the drug names a class of drugs. */
  boolean isClass(Found drug) {
    return drugClasses.contains(drug.concept().id());
  }

  /**
   * "edema after switching from troglitazone to pioglitazone", "piloerection after replacing
   * fluvoxamine with milnacipran": the finding came with the drug switched to.
   */
  int switchedTo(List<Token> tokens, List<Found> found, int drug) {
    Found from = found.get(drug);
    int k = drug + 1;
    if (k >= found.size()) {
      return drug;
    }
    Found to = found.get(k);
    int gap = to.firstToken() - from.endToken();
    if (to.kind() != ConceptKind.DRUG
        || to.sentence() != from.sentence()
        || gap < 1
        || gap > 2
        || switchTo.first(tokens, from.endToken(), to.firstToken()) < 0
        || switchFrom.last(tokens, Math.max(0, from.firstToken() - 3), from.firstToken()) < 0) {
      return drug;
    }
    return k;
  }

  /**
   * The specific drug a class word is said of: "rapamycin" in "rapamycin is a potent
   * immunosuppressive drug" or "quinapril is an ACE inhibitor (ACE-I)", "captopril" in "the ACE
   * inhibitor captopril"; the class word itself when there is none.
   */
  int namedDrug(List<Token> tokens, List<Found> found, int drug) {
    Found classWord = found.get(drug);
    // Back over the class words naming the same drug ("an ACE inhibitor (ACE-I)").
    int first = drug;
    while (first > 0
        && isClassWord(found.get(first - 1), classWord)
        && found.get(first).firstToken() - found.get(first - 1).endToken() <= 1) {
      first--;
    }
    int j = first - 1;
    if (j >= 0) {
      Found before = found.get(j);
      int gapStart = before.endToken();
      int gapEnd = found.get(first).firstToken();
      if (before.kind() == ConceptKind.DRUG
          && before.sentence() == classWord.sentence()
          && !isClass(before)
          && gapEnd - gapStart <= APPOSITION_REACH
          && apposition.first(tokens, gapStart, gapEnd) >= 0) {
        return j;
      }
    }
    int k = drug + 1;
    if (k < found.size()) {
      Found after = found.get(k);
      if (after.kind() == ConceptKind.DRUG
          && after.sentence() == classWord.sentence()
          && !isClass(after)
          && after.firstToken() == classWord.endToken()) {
        return k;
      }
    }
    return drug;
  }

  private boolean isClassWord(Found f, Found classWord) {
    return f.sentence() == classWord.sentence() && isClass(f);
  }

  /**
   * Whether the drug's harm is stated, not merely placed near the finding in time: the drug named
   * in the finding's name ("steroid-induced diabetes"), or a causal or adverse-effect word in the
   * sentence.
   */
  boolean statesHarm(Document document, List<Found> found, int effect, int drug) {
    Found e = found.get(effect);
    Found d = found.get(drug);
    if (Math.abs(effect - drug) == 1
        && (d.endToken() == e.firstToken() || d.firstToken() == e.endToken())) {
      return true;
    }
    int sentence = e.sentence();
    return harm.anyIn(
        document.tokens(), document.sentenceStart(sentence), document.sentenceEnd(sentence));
  }
}
