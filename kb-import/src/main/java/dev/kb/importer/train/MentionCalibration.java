package dev.kb.importer.train;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.MentionConfidence;
import dev.kb.importer.lexicon.GenericConcepts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures how often the extractor's mentions of each (kind, form) overlap an entity the gold
 * corpora mark: drugs against MACCROBAT's medications and BC5CDR's chemicals, symptoms and
 * diagnoses against their signs, symptoms, disorders and diseases, investigations against
 * MACCROBAT's diagnostic procedures. ADE is left out: it marks only the drugs and effects of its
 * pairs.
 */
public final class MentionCalibration {

  private MentionCalibration() {}

  /** Mentions and right mentions per {@link MentionConfidence#cell}. */
  public static Map<String, int[]> measure(Extractor extractor, List<GoldDocument> documents) {
    GenericConcepts generic = GenericConcepts.bundled();
    Map<String, int[]> counts = new TreeMap<>();
    for (GoldDocument d : documents) {
      if (!d.corpus().equals("maccrobat") && !d.corpus().equals("bc5cdr")) {
        continue;
      }
      for (Mention m : extractor.extract(d.text()).mentions()) {
        ConceptKind kind = m.concept().kind();
        if (generic.contains(m.concept().id())
            || (kind == ConceptKind.INVESTIGATION && !d.marksInvestigations())) {
          continue;
        }
        List<GoldDocument.Gold> gold =
            switch (kind) {
              case DRUG -> d.drugs();
              case INVESTIGATION -> d.investigations();
              default -> d.findings();
            };
        int start = m.evidence().start();
        int end = m.evidence().end();
        int[] c =
            counts.computeIfAbsent(
                MentionConfidence.cell(kind, m.evidence().matchedText()), k -> new int[2]);
        c[0]++;
        if (gold.stream().anyMatch(g -> g.overlaps(start, end))) {
          c[1]++;
        }
      }
    }
    return counts;
  }
}
