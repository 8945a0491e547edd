package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns symptoms attributed to a drug into side effects, with a CAUSES relation from the drug.
 *
 * <p>Three shapes of sentence are recognised: a sentence about side effects ("the side effects of
 * the drug in the form of drowsiness"), a symptom followed by a link to a drug ("rash after
 * amoxicillin", "nausea induced by metformin"), and a drug followed by a causal word and a symptom
 * ("carbamazepine-induced hyponatremia", "after starting lithium she developed a tremor"). When a
 * side-effect sentence names no drug, "the drug" is taken to be the last drug mentioned in the few
 * sentences before. Findings listed together ("fever, nausea and rash after amoxicillin") share the
 * drug; a finding named as what a drug treats or what the patient has ("treatment of psoriasis with
 * methotrexate", "a woman with epilepsy on valproate") is never its side effect.
 */
final class SideEffectRules {

  // How many sentences back "the drug" may refer to.
  // The cue phrases and words below are data: kb/relations/side-effect-cues.tsv.
  private static final SideEffectCues CUES = SideEffectCues.bundled();

  private static final int DRUG_REFERENCE_SENTENCES = 3;
  // How many tokens may separate a symptom from its drug in the pairwise patterns.
  private static final int PAIR_WINDOW = 15;
  // The same when the words after the symptom name the patient who took the drug.
  private static final int PERSON_PAIR_WINDOW = 25;
  // How far after the symptom the patient may be named: "developed in a 23-year-old man".
  private static final int PERSON_REACH = 10;

  private static final Cues PERSON = CUES.cues("person");

  // Verbs that say a finding began: the link to a drug named before them.
  private static final Cues ONSET = CUES.cues("onset");

  private static final Cues SIDE_EFFECT_SENTENCE = CUES.cues("side-effect-sentence");

  // Words before the drug given first and between it and the drug given instead.
  private static final Cues SWITCH_FROM = CUES.cues("switch-from");
  private static final Cues SWITCH_TO = CUES.cues("switch-to");

  // Words after a drug that say what resists or responds to it.
  private static final Cues SUSCEPTIBILITY = CUES.cues("susceptibility");

  // Words by which a class word describes the drug named just before it.
  private static final Cues APPOSITION = CUES.cues("apposition");
  private static final int APPOSITION_REACH = 6;

  // Words that state a drug's harm rather than when a finding came.
  private static final Cues HARM = CUES.cues("harm");

  // symptom <link> drug
  private static final Cues SYMPTOM_THEN_DRUG = CUES.cues("cause-phrases", "symptom-then-drug");

  // Links from a finding to its drug that say the drug caused it, whatever the finding was also
  // called ("management of raised intracranial pressure caused by valproate intoxication",
  // "patients with ataxia that occurred while taking propafenone").
  private static final Cues CAUSED_BY = CUES.cues("cause-phrases", "caused-by");

  // One-word links that only link when they stand close before the drug.
  private static final java.util.Set<String> PREPOSITIONS = CUES.words("prepositions");
  private static final int PREPOSITION_REACH = 4;

  // drug <link> symptom
  private static final Cues DRUG_THEN_SYMPTOM = CUES.cues("drug-then-symptom");

  // Words that end a pairwise link: "rash after surgery, and amoxicillin was given". Treatment
  // words end it too: "scleritis resolved after corticosteroids" is the drug working, not harming.
  private static final Cues BREAK = CUES.cues("break");

  // Between a drug and a later finding, any treatment phrase means the drug is not the cause
  // ("methotrexate was stopped and she was treated with steroids for pneumonitis").
  private static final Cues TREATMENT = CUES.cues("treatment");

  // After a finding, a treatment phrase breaks the link only when it is about the finding itself
  // ("rash treated with steroids", "the rash was treated with steroids"), not about a patient
  // named in between ("rash in patients treated with amoxicillin").
  private static final Cues TREATMENT_OF_FINDING = CUES.cues("treatment-of-finding");

  // A finding named as what a drug treats, or as what the patient has, is not the drug's harm
  // ("treatment of psoriasis with methotrexate", "a woman with epilepsy on valproate").
  private static final Cues INDICATION = CUES.cues("indication");

  // Words joining a drug to the finding it caused inside one name: "heparin-induced".
  private static final java.util.Set<String> COMPOUND_WORDS = CUES.words("compound-words");

  private static final Cues COMPOUND_LINK = CUES.cues("compound-words");

  // A drug right before these is not their cause: "insulin resistance", "iron deficiency",
  // "steroid-responsive", "vitamin D deficiency", "heparin therapy".
  private static final Cues NOT_HARM = CUES.cues("not-harm");

  // Reactions that name their drug after "to": "anaphylaxis to cisplatin", "allergy to MTX".
  private static final java.util.Set<String> ALLERGY = CUES.words("allergy");

  // How many words may stand between an indication cue and the finding: "treatment of advanced".
  private static final int INDICATION_REACH = 3;

  // "for 2 months" is a duration, not what the drug was for.
  private static final java.util.Set<String> NUMBER_WORDS = CUES.words("number-words");

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private SideEffectRules() {}

  /**
   * The CAUSES relations of a text, re-kinding their findings as side effects; {@code concepts}
   * says which drugs name a class ("chemotherapy"), blamed only when harm is stated.
   */
  static List<Relation> apply(Document document, List<Found> found, SideEffectConcepts concepts) {
    Set<String> drugClasses = concepts.drugClasses();
    List<Relation> relations = new ArrayList<>();
    List<Token> tokens = document.tokens();
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found effect = found.get(i);
      if (!canBeSideEffect(effect)) {
        continue;
      }
      int drug = pairedDrug(tokens, found, i);
      // A sentence about side effects names its effects as symptoms; a disorder in it is more
      // often what the drug was for ("lithium was started for bipolar disorder; tremor ...").
      if (drug < 0 && effect.kind() == ConceptKind.SYMPTOM && !isIndication(tokens, effect)) {
        drug = sentenceDrug(document, found, i);
      }
      if (drug >= 0) {
        drug = switchedTo(tokens, found, drug);
      }
      if (drug >= 0 && GENERIC.contains(found.get(drug).concept().id())) {
        // "after the medication was started": no particular drug to blame.
        continue;
      }
      if (drug >= 0 && drugClasses.contains(found.get(drug).concept().id())) {
        // "rapamycin is an immunosuppressive drug associated with infection": the class word says
        // what the drug named before it is.
        drug = namedDrug(tokens, found, drug, drugClasses);
      }
      if (drug >= 0) {
        List<Integer> drugs = coordinated(tokens, found, drug);
        if (!statesHarm(document, found, i, drug)) {
          // "skin lesions recurred during chemotherapy": a class of drugs is blamed only in words.
          drugs.removeIf(d -> drugClasses.contains(found.get(d).concept().id()));
          if (drugs.isEmpty()) {
            continue;
          }
        }
        // "the ACE inhibitor lisinopril": the drug is blamed, not the class word describing it.
        drugs.removeIf(
            d -> {
              if (!drugClasses.contains(found.get(d).concept().id())) {
                return false;
              }
              int named = namedDrug(tokens, found, d, drugClasses);
              return named != d && drugs.contains(named);
            });
        for (int e : coordinatedEffects(document, tokens, found, i)) {
          if (found.get(e).kind() != ConceptKind.SIDE_EFFECT || e == i) {
            found.set(e, found.get(e).as(ConceptKind.SIDE_EFFECT));
            for (int d : drugs) {
              relations.add(new Relation(RelationType.CAUSES, d, e));
            }
          }
        }
      }
    }
    return withShortForms(tokens, found, relations.stream().distinct().toList());
  }

  // "a man with bipolar disorder developed a rash during lithium treatment": the finding the
  // patient had stands before the one that developed, which takes the drug.
  private static boolean findingAfter(List<Found> found, int effect, int drug) {
    for (int k = effect + 1; k < drug; k++) {
      if (canBeSideEffect(found.get(k))) {
        return true;
      }
    }
    return false;
  }

  // "penicillin-resistant pneumococci", "a vancomycin-sensitive strain": the drug describes a germ
  // or a patient, it was not given.
  private static boolean namesSusceptibility(List<Token> tokens, Found drug) {
    int end = drug.endToken();
    return end < tokens.size() && SUSCEPTIBILITY.first(tokens, end, end + 1) == end;
  }

  // "the rash was treated with prednisone" is about the finding; "rash in a man who was treated
  // with amoxicillin" is about the patient named in between.
  private static boolean treatmentOfFinding(List<Token> tokens, int from, int to) {
    int cue = TREATMENT_OF_FINDING.first(tokens, from, to);
    return cue >= 0 && !PERSON.anyIn(tokens, from, cue);
  }

  /**
   * The specific drug a class word is said of: "rapamycin" in "rapamycin is a potent
   * immunosuppressive drug" or "quinapril is an ACE inhibitor (ACE-I)", "captopril" in "the ACE
   * inhibitor captopril"; the class word itself when there is none.
   */
  private static int namedDrug(
      List<Token> tokens, List<Found> found, int drug, Set<String> drugClasses) {
    Found classWord = found.get(drug);
    // Back over the class words naming the same drug ("an ACE inhibitor (ACE-I)").
    int first = drug;
    while (first > 0
        && isClassWord(found.get(first - 1), classWord, drugClasses)
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
          && !drugClasses.contains(before.concept().id())
          && gapEnd - gapStart <= APPOSITION_REACH
          && APPOSITION.first(tokens, gapStart, gapEnd) >= 0) {
        return j;
      }
    }
    int k = drug + 1;
    if (k < found.size()) {
      Found after = found.get(k);
      if (after.kind() == ConceptKind.DRUG
          && after.sentence() == classWord.sentence()
          && !drugClasses.contains(after.concept().id())
          && after.firstToken() == classWord.endToken()) {
        return k;
      }
    }
    return drug;
  }

  /**
   * "edema after switching from troglitazone to pioglitazone", "piloerection after replacing
   * fluvoxamine with milnacipran": the finding came with the drug switched to.
   */
  private static int switchedTo(List<Token> tokens, List<Found> found, int drug) {
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
        || SWITCH_TO.first(tokens, from.endToken(), to.firstToken()) < 0
        || SWITCH_FROM.last(tokens, Math.max(0, from.firstToken() - 3), from.firstToken()) < 0) {
      return drug;
    }
    return k;
  }

  private static boolean isClassWord(Found f, Found classWord, Set<String> drugClasses) {
    return f.sentence() == classWord.sentence() && drugClasses.contains(f.concept().id());
  }

  /**
   * "interstitial pneumonitis induced by carmustine (BCNU)": a short form in brackets right after a
   * mention names the same thing, so it shares the mention's relations, and the other way round.
   */
  private static List<Relation> withShortForms(
      List<Token> tokens, List<Found> found, List<Relation> relations) {
    if (relations.isEmpty()) {
      return relations;
    }
    Set<Relation> result = new LinkedHashSet<>(relations);
    for (Relation r : relations) {
      for (int from : alsoNamed(tokens, found, r.from())) {
        for (int to : alsoNamed(tokens, found, r.to())) {
          Relation more = new Relation(r.type(), from, to);
          if (!result.contains(more)) {
            result.add(more);
            if (found.get(to).kind() != ConceptKind.SIDE_EFFECT) {
              found.set(to, found.get(to).as(ConceptKind.SIDE_EFFECT));
            }
          }
        }
      }
    }
    return List.copyOf(result);
  }

  // The mention itself and the one it is written beside in brackets, either way round.
  private static List<Integer> alsoNamed(List<Token> tokens, List<Found> found, int index) {
    Found here = found.get(index);
    for (int j : new int[] {index - 1, index + 1}) {
      if (j < 0 || j >= found.size()) {
        continue;
      }
      Found other = found.get(j);
      Found first = j < index ? other : here;
      Found second = j < index ? here : other;
      if (other.sentence() == here.sentence()
          && sameKind(other, here)
          && second.firstToken() == first.endToken() + 1
          && tokens.get(first.endToken()).text().equals("(")
          && second.endToken() < tokens.size()
          && tokens.get(second.endToken()).text().equals(")")) {
        return List.of(index, j);
      }
    }
    return List.of(index);
  }

  private static boolean sameKind(Found a, Found b) {
    boolean drugA = a.kind() == ConceptKind.DRUG;
    boolean drugB = b.kind() == ConceptKind.DRUG;
    return drugA == drugB;
  }

  // Whether the drug's harm is stated, not merely placed near the finding in time: the drug named
  // in the finding's name ("steroid-induced diabetes"), or a causal or adverse-effect word in the
  // sentence.
  private static boolean statesHarm(Document document, List<Found> found, int effect, int drug) {
    Found e = found.get(effect);
    Found d = found.get(drug);
    if (Math.abs(effect - drug) == 1
        && (d.endToken() == e.firstToken() || d.firstToken() == e.endToken())) {
      return true;
    }
    int sentence = e.sentence();
    return HARM.anyIn(
        document.tokens(), document.sentenceStart(sentence), document.sentenceEnd(sentence));
  }

  // "fever, nausea and rash after amoxicillin": findings listed together share the drug that the
  // nearest of them is linked to.
  private static List<Integer> coordinatedEffects(
      Document document, List<Token> tokens, List<Found> found, int i) {
    List<Integer> effects = new ArrayList<>(List.of(i));
    for (int step : new int[] {-1, 1}) {
      int current = i;
      for (int j = i + step; j >= 0 && j < found.size(); j += step) {
        Found next = found.get(j);
        Found here = found.get(current);
        boolean finding = canBeSideEffect(next) || next.kind() == ConceptKind.SIDE_EFFECT;
        if (!finding || next.sentence() != here.sentence()) {
          break;
        }
        int from = step > 0 ? here.endToken() : next.endToken();
        int to = step > 0 ? next.firstToken() : here.firstToken();
        // "Stevens-Johnson syndrome/toxic epidermal necrolysis", "SJS/TEN": findings joined by a
        // slash, which the tokenizer drops, are listed together too.
        boolean joined =
            from == to ? document.slashBefore(from) : onlyConjunctions(tokens, from, to);
        if (!joined) {
          break;
        }
        effects.add(j);
        current = j;
      }
    }
    return effects;
  }

  // A disorder can be a drug's harm as much as a symptom can ("methimazole ... developed
  // agranulocytosis"); the link words and breaks keep "X for hypertension" a treatment.
  // A generic outcome ("side effects", "complications") is no particular harm: the findings named
  // beside it are.
  private static boolean canBeSideEffect(Found f) {
    return (f.kind() == ConceptKind.SYMPTOM || f.kind() == ConceptKind.DIAGNOSIS)
        && f.isFactual()
        && !GENERIC.contains(f.concept().id());
  }

  // "caused by naproxen and oxaprozin": drugs joined by "and", "or" or commas share the blame.
  private static List<Integer> coordinated(List<Token> tokens, List<Found> found, int drug) {
    List<Integer> drugs = new ArrayList<>(List.of(drug));
    for (int step : new int[] {-1, 1}) {
      int current = drug;
      for (int j = drug + step; j >= 0 && j < found.size(); j += step) {
        Found next = found.get(j);
        Found here = found.get(current);
        if (next.kind() != ConceptKind.DRUG || next.sentence() != here.sentence()) {
          break;
        }
        int from = step > 0 ? here.endToken() : next.endToken();
        int to = step > 0 ? next.firstToken() : here.firstToken();
        if (!onlyConjunctions(tokens, from, to)) {
          break;
        }
        drugs.add(j);
        current = j;
      }
    }
    return drugs;
  }

  private static boolean onlyConjunctions(List<Token> tokens, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals("and") && !norm.equals("or") && !norm.equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static int pairedDrug(List<Token> tokens, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    int direct = directDrug(tokens, found, effectIndex);
    if (direct >= 0) {
      return direct;
    }
    boolean indication = isIndication(tokens, effect);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    // Only the effect's own sentence is searched, which keeps extraction linear in text length.
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
            || !linked(SYMPTOM_THEN_DRUG, tokens, effect.endToken(), drug.firstToken())
            || !prepositionNear(tokens, effect.endToken(), drug.firstToken())
            || (indication
                && (!CAUSED_BY.anyIn(tokens, effect.endToken(), drug.firstToken())
                    || findingAfter(found, effectIndex, j)))
            || treatmentOfFinding(tokens, effect.endToken(), drug.firstToken())
            || startsWith(TREATMENT, tokens, effect.endToken(), drug.firstToken())) {
          continue;
        }
      } else if (drug.endToken() <= effect.firstToken()) {
        distance = effect.firstToken() - drug.endToken();
        if (indication
            || distance > PAIR_WINDOW
            || !linked(DRUG_THEN_SYMPTOM, tokens, drug.endToken(), effect.firstToken())
            || TREATMENT.anyIn(tokens, drug.endToken(), effect.firstToken())) {
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

  /**
   * The drug that names the finding with it, whatever the sentence says around them: "lithium
   * neurotoxicity", "dapsone hypersensitivity syndrome", "amiodarone-induced hypothyroidism" (even
   * in "a patient with amiodarone-induced hypothyroidism"), "anaphylaxis to cisplatin"; -1 when
   * there is none.
   */
  private static int directDrug(List<Token> tokens, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    if (effectIndex > 0) {
      Found drug = found.get(effectIndex - 1);
      if (drug.kind() == ConceptKind.DRUG
          && drug.sentence() == effect.sentence()
          && !drug.flags().negated()) {
        int gap = effect.firstToken() - drug.endToken();
        if (gap == 0 && !NOT_HARM.anyIn(tokens, effect.firstToken(), effect.endToken())) {
          return effectIndex - 1;
        }
        if (gap > 0
            && gap <= 2
            && COMPOUND_LINK.first(tokens, drug.endToken(), effect.firstToken()) == drug.endToken()
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
          && ALLERGY.contains(tokens.get(effect.endToken() - 1).norm())) {
        return effectIndex + 1;
      }
    }
    return -1;
  }

  // "heparin-induced", "heparin induced", "statin-associated": only the link and hyphens between.
  private static boolean onlyLink(List<Token> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals("-") && !COMPOUND_WORDS.contains(norm)) {
        return false;
      }
    }
    return true;
  }

  // A link cue between the two, and no break outside the cue itself: "in a patient treated with"
  // is a link even though "treated with" alone breaks one.
  private static boolean linked(Cues links, List<Token> tokens, int from, int to) {
    List<PhraseTrie.Match<String>> cues = links.all(tokens, from, to);
    if (cues.isEmpty()) {
      return false;
    }
    // "prescribed zonisamide for epilepsy and subsequently developed a rash": what comes before
    // the finding's own verb is about the drug, its indication included.
    int lastCue = cues.get(cues.size() - 1).start();
    boolean onset = links == DRUG_THEN_SYMPTOM && ONSET.anyIn(tokens, lastCue, to);
    for (PhraseTrie.Match<String> stop : BREAK.all(tokens, from, to)) {
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
  private static int pairWindow(List<Token> tokens, int from, int to) {
    return PERSON.anyIn(tokens, from, Math.min(to, from + PERSON_REACH))
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

  private static boolean isDuration(List<Token> tokens, PhraseTrie.Match<String> stop, int to) {
    if (!stop.value().equals("for") || stop.end() >= to) {
      return false;
    }
    String next = tokens.get(stop.end()).norm();
    return Character.isDigit(next.charAt(0)) || NUMBER_WORDS.contains(next);
  }

  // Whether the gap opens, within its first two words, with one of the cues.
  private static boolean startsWith(Cues cues, List<Token> tokens, int from, int to) {
    int first = cues.first(tokens, from, Math.min(to, from + 4));
    return first >= 0 && first - from <= 1;
  }

  private static boolean isIndication(List<Token> tokens, Found effect) {
    int reach = Math.max(0, effect.firstToken() - INDICATION_REACH - 2);
    int cue = INDICATION.last(tokens, reach, effect.firstToken());
    // "a diabetic patient with nephropathy developed acidosis": the finding is what the patient
    // developed, not what they had.
    if (cue >= 0 && !ONSET.anyIn(tokens, cue, effect.firstToken())) {
      return true;
    }
    // "cancer patients who are receiving 5-FU", "epileptic children on valproate": the finding
    // qualifies the patients, who had it before the drug.
    return PERSON.first(tokens, effect.endToken(), effect.endToken() + 1) == effect.endToken();
  }

  // "rash in a patient with epilepsy who was taking lamotrigine" is the drug's harm: one of the
  // prepositions that may link a finding to a drug ("of", "by", "after"...) must stand close
  // before the drug when it is the only link, or it belongs to something else ("adenocarcinoma of
  // the colon developed ... 5-FU").
  private static boolean prepositionNear(List<Token> tokens, int from, int to) {
    List<PhraseTrie.Match<String>> cues = SYMPTOM_THEN_DRUG.all(tokens, from, to);
    for (PhraseTrie.Match<String> cue : cues) {
      if (!PREPOSITIONS.contains(cue.value()) || to - cue.end() <= PREPOSITION_REACH) {
        return true;
      }
    }
    return false;
  }

  // A finding between them takes the link, unless it is named as what the patient has ("in a
  // child with lupus being treated with azathioprine") or is a generic outcome ("NDI is a known
  // complication of lithium").
  private static boolean findingBetween(List<Token> tokens, List<Found> found, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      ConceptKind kind = found.get(k).kind();
      if (kind != ConceptKind.DRUG
          && kind != ConceptKind.INVESTIGATION
          && !GENERIC.contains(found.get(k).concept().id())
          && !isIndication(tokens, found.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceDrug(Document document, List<Found> found, int effectIndex) {
    Found effect = found.get(effectIndex);
    int sentence = effect.sentence();
    int cue =
        SIDE_EFFECT_SENTENCE.first(
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
