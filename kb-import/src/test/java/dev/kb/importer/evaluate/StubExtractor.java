package dev.kb.importer.evaluate;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.extract.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An extractor that returns predictions written by hand for each known text, so that the scorers
 * are tested on counts that do not move when the lexicon grows.
 */
final class StubExtractor implements Extractor {

  /** A predicted mention: the {@code occurrence}-th appearance of {@code words} in the text. */
  record Prediction(
      ConceptKind kind, String words, int occurrence, boolean negated, @Nullable String id) {
    Prediction(ConceptKind kind, String words, int occurrence, boolean negated) {
      this(kind, words, occurrence, negated, null);
    }

    static Prediction of(ConceptKind kind, String words) {
      return new Prediction(kind, words, 0, false);
    }

    /** A prediction of the concept {@code id}, such as a generic outcome. */
    static Prediction ofConcept(ConceptKind kind, String words, String id) {
      return new Prediction(kind, words, 0, false, id);
    }
  }

  /** A CAUSES relation between two predictions, by their index. */
  record Cause(int drug, int effect) {}

  private final Map<String, List<Prediction>> predictions = new HashMap<>();
  private final Map<String, List<Cause>> causes = new HashMap<>();

  StubExtractor predict(String textStart, List<Prediction> mentions, List<Cause> relations) {
    predictions.put(textStart, mentions);
    causes.put(textStart, relations);
    return this;
  }

  @Override
  public Extraction extract(String text) {
    String key = predictions.keySet().stream().filter(text::startsWith).findFirst().orElse(null);
    List<Mention> mentions = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    if (key != null) {
      for (Prediction p : predictions.get(key)) {
        int start = -1;
        for (int i = 0; i <= p.occurrence(); i++) {
          start = text.indexOf(p.words(), start + 1);
        }
        if (start < 0) {
          throw new IllegalStateException("'" + p.words() + "' not in " + text);
        }
        int end = start + p.words().length();
        mentions.add(
            new Mention(
                new Concept(
                    p.id() != null ? p.id() : "T:" + p.words(),
                    p.kind(),
                    p.words(),
                    List.of(),
                    List.of()),
                new Evidence(0, start, end, p.words()),
                p.negated() ? Polarity.NEGATED : Polarity.AFFIRMED,
                Certainty.CERTAIN,
                Temporality.CURRENT,
                Experiencer.PATIENT));
      }
      for (Cause c : causes.get(key)) {
        relations.add(new Relation(RelationType.CAUSES, c.drug(), c.effect()));
      }
    }
    return new Extraction(
        null,
        text,
        List.of(new Sentence(0, 0, text.length())),
        mentions,
        relations,
        null,
        null,
        "stub");
  }

  @Override
  public String version() {
    return "stub";
  }
}
