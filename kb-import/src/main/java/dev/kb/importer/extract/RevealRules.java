package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links investigations to what they showed. In a sentence with a reporting word (the {@code
 * reporting} cues: "showed", "revealed", "finding was provided by"), each affirmed finding is
 * credited to the nearest investigation before it; a finding followed closely by "on" or "by" and
 * an investigation ("effusion on CT") is credited to that investigation. Negated findings are not
 * revealed.
 */
final class RevealRules {

  private static final int SEEN_ON_WINDOW = 4;

  private RevealRules() {}

  static List<Relation> apply(Document document, List<Found> found, RelationCues cues) {
    List<Relation> relations = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int f = 0; f < found.size(); f++) {
      document.checkBudget();
      Found finding = found.get(f);
      if (!isFinding(finding)) {
        continue;
      }
      int investigation = investigationBefore(document, found, f, cues);
      if (investigation < 0) {
        investigation = investigationAfter(document, found, f, cues);
      }
      if (investigation >= 0 && seen.add(((long) investigation << 32) | f)) {
        relations.add(new Relation(RelationType.REVEALS, investigation, f));
      }
    }
    return relations;
  }

  private static boolean isFinding(Found f) {
    return (f.kind() == ConceptKind.SYMPTOM || f.kind() == ConceptKind.DIAGNOSIS) && f.isFactual();
  }

  private static int investigationBefore(
      Document document, List<Found> found, int f, RelationCues cues) {
    Found finding = found.get(f);
    int sentenceStart = document.sentenceStart(finding.sentence());
    if (!cues.reporting().anyIn(document.tokens(), sentenceStart, finding.firstToken())) {
      return -1;
    }
    for (int i = f - 1; i >= 0 && found.get(i).sentence() == finding.sentence(); i--) {
      if (found.get(i).kind() == ConceptKind.INVESTIGATION) {
        return i;
      }
    }
    return -1;
  }

  private static int investigationAfter(
      Document document, List<Found> found, int f, RelationCues cues) {
    Found finding = found.get(f);
    for (int i = f + 1; i < found.size() && found.get(i).sentence() == finding.sentence(); i++) {
      Found candidate = found.get(i);
      if (candidate.kind() == ConceptKind.INVESTIGATION) {
        int gap = candidate.firstToken() - finding.endToken();
        boolean close = gap > 0 && gap <= SEEN_ON_WINDOW;
        return close
                && cues.seenOn()
                    .anyIn(document.tokens(), finding.endToken(), candidate.firstToken())
            ? i
            : -1;
      }
    }
    return -1;
  }
}
