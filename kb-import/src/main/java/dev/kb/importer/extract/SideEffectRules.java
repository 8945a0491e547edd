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
          "intolerance");

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
          "complained of");

  // Words that end a pairwise link: "rash after surgery, and amoxicillin was given".
  private static final Cues BREAK = new Cues(";", "but", "however", "and was", "was given", "for");

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
      if (drug < 0) {
        drug = sentenceDrug(document, found, i);
      }
      if (drug >= 0) {
        found.set(i, effect.as(ConceptKind.SIDE_EFFECT));
        relations.add(new Relation(RelationType.CAUSES, drug, i));
      }
    }
    return relations;
  }

  private static boolean canBeSideEffect(Found f) {
    return f.kind() == ConceptKind.SYMPTOM && f.isFactual();
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
      if (distance < bestDistance) {
        best = j;
        bestDistance = distance;
      }
    }
    return best;
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
