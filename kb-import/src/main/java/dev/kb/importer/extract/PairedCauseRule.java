package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The drug a sentence links a finding to by the words between them: a finding followed by a link to
 * a drug ("rash after amoxicillin", "nausea induced by metformin"), or a drug followed by a causal
 * word and a finding ("after starting lithium she developed a tremor"). Only the finding's own
 * sentence is searched, which keeps extraction linear in text length; of several drugs, the nearest
 * wins.
 */
final class PairedCauseRule {

  // How many tokens may separate a symptom from its drug.
  private static final int PAIR_WINDOW = 15;
  // The same when the words after the symptom name the patient who took the drug.
  private static final int PERSON_PAIR_WINDOW = 25;
  // How far after the symptom the patient may be named: "developed in a 23-year-old man".
  private static final int PERSON_REACH = 10;
  // How close before the drug a one-word link must stand when it is the only link.
  private static final int PREPOSITION_REACH = 4;

  /**
   * The cue sets the rule reads, each named after its set in {@code side-effect-cues.tsv}.
   *
   * @param symptomThenDrug links from a finding to a later drug ("after", "induced by")
   * @param causedBy links that say the drug caused the finding, whatever it was also called
   * @param prepositions one-word links that only link when they stand close before the drug
   * @param drugThenSymptom links from a drug to a later finding ("developed")
   * @param onset verbs that say a finding began
   * @param breaks words that end a link ("and", "treated with")
   * @param treatment treatment phrases: between a drug and a later finding, the drug is not blamed
   * @param treatmentOfFinding treatment phrases about the finding itself ("rash treated with")
   * @param person words for the patient, who may stand between a finding and the drug they took
   * @param susceptibility words after a drug that say what resists or responds to it
   * @param numberWords number words, which make "for" a duration ("for two months")
   */
  record Cue(
      Cues symptomThenDrug,
      Cues causedBy,
      Set<String> prepositions,
      Cues drugThenSymptom,
      Cues onset,
      Cues breaks,
      Cues treatment,
      Cues treatmentOfFinding,
      Cues person,
      Cues susceptibility,
      Set<String> numberWords) {

    Cue {
      prepositions = Set.copyOf(prepositions);
      numberWords = Set.copyOf(numberWords);
    }
  }

  private final Cue cue;
  private final SideEffectFindings findings;

  PairedCauseRule(Cue cue, SideEffectFindings findings) {
    this.cue = cue;
    this.findings = findings;
  }

  /**
   * The found index of the drug the sentence links the finding at {@code effectIndex} to, or -1.
   */
  int drug(List<Token> tokens, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    boolean indication = findings.isIndication(tokens, effect);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    int end = Found.sentenceEnd(found, effectIndex);
    for (int j = Found.sentenceFirst(found, effectIndex); j < end; j++) {
      Found drug = found.get(j);
      if (drug.kind() != ConceptKind.DRUG
          || drug.sentence() != effect.sentence()
          || drug.flags().negated()
          || namesSusceptibility(tokens, drug)) {
        continue;
      }
      int distance;
      if (drug.firstToken() >= effect.endToken()) {
        distance = drug.firstToken() - effect.endToken();
        if (distance > pairWindow(tokens, effect.endToken(), drug.firstToken())
            || !linked(cue.symptomThenDrug(), false, tokens, effect.endToken(), drug.firstToken())
            || !prepositionNear(tokens, effect.endToken(), drug.firstToken())
            || (indication
                && (!cue.causedBy().anyIn(tokens, effect.endToken(), drug.firstToken())
                    || findingAfter(found, effectIndex, j)))
            || treatmentOfFinding(tokens, effect.endToken(), drug.firstToken())
            || startsWith(cue.treatment(), tokens, effect.endToken(), drug.firstToken())) {
          continue;
        }
      } else if (drug.endToken() <= effect.firstToken()) {
        distance = effect.firstToken() - drug.endToken();
        if (indication
            || distance > PAIR_WINDOW
            || !linked(cue.drugThenSymptom(), true, tokens, drug.endToken(), effect.firstToken())
            || cue.treatment().anyIn(tokens, drug.endToken(), effect.firstToken())) {
          continue;
        }
      } else {
        continue;
      }
      if (effect.kind() == ConceptKind.DIAGNOSIS && findingBetween(tokens, found, effectIndex, j)) {
        // "cisplatin for lung cancer and developed nausea due to cisplatin": the link belongs to
        // the nearer finding.
        continue;
      }
      if (distance < bestDistance) {
        best = j;
        bestDistance = distance;
      }
    }
    return best;
  }

  // "a man with bipolar disorder developed a rash during lithium treatment": the finding the
  // patient had stands before the one that developed, which takes the drug.
  private boolean findingAfter(List<Found> found, int effect, int drug) {
    for (int k = effect + 1; k < drug; k++) {
      if (findings.canBeSideEffect(found.get(k))) {
        return true;
      }
    }
    return false;
  }

  // "penicillin-resistant pneumococci", "a vancomycin-sensitive strain": the drug describes a germ
  // or a patient, it was not given.
  private boolean namesSusceptibility(List<Token> tokens, Found drug) {
    int end = drug.endToken();
    return end < tokens.size() && cue.susceptibility().first(tokens, end, end + 1) == end;
  }

  // "the rash was treated with prednisone" is about the finding; "rash in a man who was treated
  // with amoxicillin" is about the patient named in between.
  private boolean treatmentOfFinding(List<Token> tokens, int from, int to) {
    int at = cue.treatmentOfFinding().first(tokens, from, to);
    return at >= 0 && !cue.person().anyIn(tokens, from, at);
  }

  // A link cue between the two, and no break outside the cue itself: "in a patient treated with"
  // is a link even though "treated with" alone breaks one. {@code drugFirst}: the drug comes first,
  // so the finding's own verb may follow its indication.
  private boolean linked(Cues links, boolean drugFirst, List<Token> tokens, int from, int to) {
    List<PhraseTrie.Match<String>> cues = links.all(tokens, from, to);
    if (cues.isEmpty()) {
      return false;
    }
    // "prescribed zonisamide for epilepsy and subsequently developed a rash": what comes before
    // the finding's own verb is about the drug, its indication included.
    int lastCue = cues.get(cues.size() - 1).start();
    boolean onset = drugFirst && cue.onset().anyIn(tokens, lastCue, to);
    for (PhraseTrie.Match<String> stop : cue.breaks().all(tokens, from, to)) {
      if (!inside(stop, cues)
          && !isDuration(tokens, stop, to)
          && !(onset && stop.end() <= lastCue)) {
        return false;
      }
    }
    return true;
  }

  // "seizures in a child with Tourette syndrome treated with clomipramine": a finding and its drug
  // may be further apart when the words between name the patient who took it.
  private int pairWindow(List<Token> tokens, int from, int to) {
    return cue.person().anyIn(tokens, from, Math.min(to, from + PERSON_REACH))
        ? PERSON_PAIR_WINDOW
        : PAIR_WINDOW;
  }

  private static boolean inside(PhraseTrie.Match<String> match, List<PhraseTrie.Match<String>> in) {
    for (PhraseTrie.Match<String> other : in) {
      if (other.start() <= match.start() && match.end() <= other.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean isDuration(List<Token> tokens, PhraseTrie.Match<String> stop, int to) {
    if (!stop.value().equals("for") || stop.end() >= to) {
      return false;
    }
    String next = tokens.get(stop.end()).norm();
    return Character.isDigit(next.charAt(0)) || cue.numberWords().contains(next);
  }

  // Whether the gap opens, within its first two words, with one of the cues.
  private static boolean startsWith(Cues cues, List<Token> tokens, int from, int to) {
    int first = cues.first(tokens, from, Math.min(to, from + 4));
    return first >= 0 && first - from <= 1;
  }

  // "rash in a patient with epilepsy who was taking lamotrigine" is the drug's harm: one of the
  // prepositions that may link a finding to a drug ("of", "by", "after"...) must stand close
  // before the drug when it is the only link, or it belongs to something else ("adenocarcinoma of
  // the colon developed ... 5-FU").
  private boolean prepositionNear(List<Token> tokens, int from, int to) {
    List<PhraseTrie.Match<String>> cues = cue.symptomThenDrug().all(tokens, from, to);
    for (PhraseTrie.Match<String> link : cues) {
      if (!cue.prepositions().contains(link.value()) || to - link.end() <= PREPOSITION_REACH) {
        return true;
      }
    }
    return false;
  }

  // A finding between them takes the link, unless it is named as what the patient has ("in a
  // child with lupus being treated with azathioprine") or is a generic outcome ("NDI is a known
  // complication of lithium").
  private boolean findingBetween(List<Token> tokens, List<Found> found, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      ConceptKind kind = found.get(k).kind();
      if (kind != ConceptKind.DRUG
          && kind != ConceptKind.INVESTIGATION
          && !findings.isGeneric(found.get(k))
          && !findings.isIndication(tokens, found.get(k))) {
        return true;
      }
    }
    return false;
  }
}
