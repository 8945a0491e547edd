package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns symptoms attributed to a drug into side effects, with a CAUSES relation from the drug.
 *
 * <p>Three shapes of sentence are recognised: a sentence about side effects ("the side effects of
 * the drug in the form of drowsiness"), a symptom followed by a link to a drug ("rash after
 * amoxicillin", "nausea induced by metformin"), and a drug followed by a causal word and a symptom
 * ("carbamazepine-induced hyponatremia", "after starting lithium she developed a tremor"). When a
 * side-effect sentence names no drug, "the drug" is taken to be the last drug mentioned in the few
 * sentences before.
 */
final class SideEffectRules {

  // How many sentences back "the drug" may refer to.
  private static final int DRUG_REFERENCE_SENTENCES = 3;
  // How many tokens may separate a symptom from its drug in the pairwise patterns.
  private static final int PAIR_WINDOW = 10;

  private static final Cues SIDE_EFFECT_SENTENCE =
      new Cues(
          "side effect",
          "adverse effect",
          "adverse reaction",
          "adverse event",
          "adverse drug reaction",
          "undesirable effect",
          "unwanted effect",
          "drug reaction",
          "toxicity",
          "intolerance",
          "induced",
          "complication of",
          "complications of",
          "hypersensitivity to",
          "allergy to",
          "allergic to",
          "intoxication",
          "overdose");

  // symptom <link> drug
  private static final Cues SYMPTOM_THEN_DRUG =
      new Cues(
          "induced by",
          "caused by",
          "provoked by",
          "triggered by",
          "due to",
          "secondary to",
          "attributed to",
          "attributable to",
          "related to",
          "because of",
          "associated with",
          "after",
          "following",
          "under",
          "during",
          "while on",
          "while taking",
          "while receiving",
          "in a patient receiving",
          "in patients receiving",
          "in a patient treated with",
          "in patients treated with",
          "after taking",
          "after receiving",
          "after starting",
          "after administration of",
          "after ingestion of",
          "after treatment with",
          "associated with the use of",
          "from",
          "of",
          "since starting");

  // drug <link> symptom
  private static final Cues DRUG_THEN_SYMPTOM =
      new Cues(
          "induced",
          "caused",
          "causing",
          "associated",
          "related",
          "led to",
          "resulted in",
          "triggered",
          "provoked",
          "developed",
          "experienced",
          "complained of",
          "produced",
          "precipitated",
          "resulting in",
          "leading to",
          "followed by");

  // Words that end a pairwise link: "rash after surgery, and amoxicillin was given". Treatment
  // words end it too: "scleritis resolved after corticosteroids" is the drug working, not harming.
  private static final Cues BREAK =
      new Cues(
          ";",
          "but",
          "however",
          "and was",
          "was given",
          "for",
          "treated with",
          "treatment of",
          "managed with",
          "controlled with",
          "resolved",
          "improved",
          "responded",
          "successful",
          "requiring",
          "required");

  private SideEffectRules() {}

  static List<Relation> apply(Document document, List<Found> found) {
    List<Relation> relations = new ArrayList<>();
    List<Token> tokens = document.tokens();
    for (int i = 0; i < found.size(); i++) {
      Found effect = found.get(i);
      if (!canBeSideEffect(effect)) {
        continue;
      }
      int drug = pairedDrug(tokens, found, i);
      // A sentence about side effects names its effects as symptoms; a disorder in it is more
      // often what the drug was for ("lithium was started for bipolar disorder; tremor ...").
      if (drug < 0 && effect.kind() == ConceptKind.SYMPTOM) {
        drug = sentenceDrug(document, found, i);
      }
      if (drug >= 0) {
        found.set(i, effect.as(ConceptKind.SIDE_EFFECT));
        for (int d : coordinated(tokens, found, drug)) {
          relations.add(new Relation(RelationType.CAUSES, d, i));
        }
      }
    }
    return relations;
  }

  // A disorder can be a drug's harm as much as a symptom can ("methimazole ... developed
  // agranulocytosis"); the link words and breaks keep "X for hypertension" a treatment.
  private static boolean canBeSideEffect(Found f) {
    return (f.kind() == ConceptKind.SYMPTOM || f.kind() == ConceptKind.DIAGNOSIS) && f.isFactual();
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
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    // Only the effect's own sentence is searched, which keeps extraction linear in text length.
    int end = Found.sentenceEnd(found, effectIndex);
    for (int j = Found.sentenceFirst(found, effectIndex); j < end; j++) {
      Found drug = found.get(j);
      if (drug.kind() != ConceptKind.DRUG
          || drug.sentence() != effect.sentence()
          || drug.flags().negated()) {
        continue;
      }
      int distance;
      if (drug.firstToken() >= effect.endToken()) {
        distance = drug.firstToken() - effect.endToken();
        if (distance > PAIR_WINDOW
            || !SYMPTOM_THEN_DRUG.anyIn(tokens, effect.endToken(), drug.firstToken())
            || BREAK.anyIn(tokens, effect.endToken(), drug.firstToken())) {
          continue;
        }
      } else if (drug.endToken() <= effect.firstToken()) {
        distance = effect.firstToken() - drug.endToken();
        if (distance > PAIR_WINDOW
            || !DRUG_THEN_SYMPTOM.anyIn(tokens, drug.endToken(), effect.firstToken())
            || BREAK.anyIn(tokens, drug.endToken(), effect.firstToken())) {
          continue;
        }
      } else {
        continue;
      }
      if (effect.kind() == ConceptKind.DIAGNOSIS && findingBetween(found, effectIndex, j)) {
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

  private static boolean findingBetween(List<Found> found, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      ConceptKind kind = found.get(k).kind();
      if (kind != ConceptKind.DRUG && kind != ConceptKind.INVESTIGATION) {
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
