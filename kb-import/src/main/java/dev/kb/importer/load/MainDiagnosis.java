package dev.kb.importer.load;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.extract.Mention;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The diagnosis a report is mostly about, which names the case when it has no title ({@code
 * CaseNames} in kb-core). Only diagnoses the text affirms, for the patient, now and as certain,
 * read with a confidence of at least {@value #MIN_CONFIDENCE} count: a ruled-out or suspected
 * diagnosis must not name a case. Of those, the one mentioned most often wins; ties go to the more
 * confident, then to the one mentioned first.
 */
final class MainDiagnosis {

  /** More likely right than wrong: a name that is wrong is worse than none. */
  static final double MIN_CONFIDENCE = 0.5;

  private MainDiagnosis() {}

  /** The main diagnosis's name, or null when the text affirms none. */
  static @Nullable String of(List<Mention> mentions) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (counts(m)) {
        tallies
            .computeIfAbsent(m.concept().id(), id -> new Tally(m.concept().name(), tallies.size()))
            .add(m.confidence());
      }
    }
    return tallies.values().stream()
        .min(
            Comparator.comparingInt((Tally t) -> -t.mentions)
                .thenComparingDouble(t -> -t.confidence)
                .thenComparingInt(t -> t.order))
        .map(t -> t.name)
        .orElse(null);
  }

  private static boolean counts(Mention m) {
    return m.kind() == ConceptKind.DIAGNOSIS
        && m.polarity() == Polarity.AFFIRMED
        && m.certainty() == Certainty.CERTAIN
        && m.temporality() == Temporality.CURRENT
        && m.experiencer() == Experiencer.PATIENT
        && m.confidence() >= MIN_CONFIDENCE;
  }

  private static final class Tally {
    private final String name;
    private final int order;
    private int mentions;
    private double confidence;

    Tally(String name, int order) {
      this.name = name;
      this.order = order;
    }

    void add(double mentionConfidence) {
      mentions++;
      confidence = Math.max(confidence, mentionConfidence);
    }
  }
}
