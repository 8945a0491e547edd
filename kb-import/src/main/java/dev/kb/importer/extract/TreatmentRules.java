package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Links drugs to the diagnoses they treat. A drug in a sentence about treatment (the {@code
 * treatment} cues: "treated with", "started on", "used in") treats the diagnoses of that sentence;
 * when the sentence names none, it treats the most recent diagnosis affirmed before it, which is
 * how reports usually read ("The diagnosis was X. She was started on Y.").
 */
final class TreatmentRules {

  private TreatmentRules() {}

  static List<Relation> apply(Document document, List<Found> found, RelationCues cues) {
    List<Relation> relations = new ArrayList<>();
    // The last treatable diagnosis of the sentences before the current one, kept in one pass.
    int lastBefore = -1;
    int lastSoFar = -1;
    int sentenceSoFar = -1;
    for (int d = 0; d < found.size(); d++) {
      document.checkBudget();
      Found drug = found.get(d);
      if (drug.sentence() != sentenceSoFar) {
        lastBefore = lastSoFar;
        sentenceSoFar = drug.sentence();
      }
      if (isTreatable(drug)) {
        lastSoFar = d;
      }
      if (drug.kind() != ConceptKind.DRUG || drug.flags().negated()) {
        continue;
      }
      int sentence = drug.sentence();
      if (!cues.treatment()
          .anyIn(
              document.tokens(),
              document.sentenceStart(sentence),
              document.sentenceEnd(sentence))) {
        continue;
      }
      List<Integer> targets = diagnosesInSentence(document, found, d, cues);
      if (targets.isEmpty() && lastBefore >= 0) {
        targets = List.of(lastBefore);
      }
      for (int target : targets) {
        relations.add(new Relation(RelationType.TREATS, d, target));
      }
    }
    return relations;
  }

  private static boolean isTreatable(Found f) {
    return f.kind() == ConceptKind.DIAGNOSIS && f.isFactual();
  }

  private static List<Integer> diagnosesInSentence(
      Document document, List<Found> found, int drugIndex, RelationCues cues) {
    List<Integer> result = new ArrayList<>();
    Found drug = found.get(drugIndex);
    int end = Found.sentenceEnd(found, drugIndex);
    for (int i = Found.sentenceFirst(found, drugIndex); i < end; i++) {
      Found target = found.get(i);
      // "carbamazepine, a drug originally developed to treat epilepsy": what the drug is for in
      // general, not what this patient had.
      boolean generalIndication =
          i > drugIndex
              && cues.indication().anyIn(document.tokens(), drug.endToken(), target.firstToken());
      if (isTreatable(target) && !generalIndication) {
        result.add(i);
      }
    }
    return result;
  }
}
